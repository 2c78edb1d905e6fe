// Times, in Chromium on the built site, what a user waits for on the summary page with 200
// organisations: importing and rendering 200 dropped files, and switching the column shown.
// Reports numbers (printed and in bench-results/summary.json); asserts nothing about time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { batch } from '../summary-files';

const runs = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Drops the files on the page and resolves when the 200th row has been painted. */
function importAndRender(page: Page, files: { name: string; text: string }[]) {
  return page.evaluate(async (fs) => {
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest.ms = Math.max(longest.ms, e.duration))));
    observer.observe({ type: 'longtask' });
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    while (document.querySelectorAll('.sm-matrix tbody tr').length < fs.length) await frame();
    await frame();
    const ms = performance.now() - t0;
    observer.disconnect();
    return { ms, longestTaskMs: longest.ms };
  }, files);
}

/** Clicks `target` and resolves when the matrix caption contains `text` and that frame is painted. */
function timed(page: Page, target: string, text: string) {
  return page.evaluate(async ([t, x]) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    (document.querySelector(t) as HTMLElement).click();
    while (!document.querySelector('.sm-matrix caption')?.textContent?.includes(x)) await frame();
    await frame();
    return performance.now() - t0;
  }, [target, text] as const);
}

test('import and render 200 files; switch the column', async ({ page }) => {
  const files = batch('zhibu', 200);
  const imports: { ms: number; longestTaskMs: number }[] = [];
  const switches: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('/summary/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('button', { name: '选择文件…' })).toBeEnabled();
    imports.push(await importAndRender(page, files));
    switches.push(await timed(page, 'input[name="sm-col"]:not(:checked)', '（上级验收是否达标）'));
  }
  await expect(page.locator('.sm-matrix tbody tr')).toHaveCount(200);
  const result = {
    files: files.length,
    runs,
    importAndRenderMs: { median: median(imports.map((r) => r.ms)), all: imports.map((r) => Math.round(r.ms)) },
    longestTaskMs: Math.max(...imports.map((r) => r.longestTaskMs)),
    switchColumnMs: { median: median(switches), all: switches.map(Math.round) },
  };
  console.log(`summary, 200 files: import + render ${Math.round(result.importAndRenderMs.median)} ms (median of ${runs}), longest task ${Math.round(result.longestTaskMs)} ms, switch column ${Math.round(result.switchColumnMs.median)} ms`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/summary.json', JSON.stringify(result, null, 2) + '\n');
});
