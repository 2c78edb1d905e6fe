// Size budgets, measured on what the browser actually loads (gzipped, inline scripts included).
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/** Gzipped bytes of every script the page runs up front: external files and inline code. */
async function scriptBytes(page: Page, route: string): Promise<{ total: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') files[new URL(r.url()).pathname] = gzipSync(await r.body()).length;
  });
  await page.goto(route);
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
  files['(inline)'] = inline.reduce((n, code) => n + gzipSync(code).length, 0);
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

for (const form of ['zhibu', 'zongzhi']) {
  test(`the ${form} checklist ships at most 20 KB of gzipped JavaScript`, async ({ page }) => {
    const { total, files } = await scriptBytes(page, `/checklist/${form}/`);
    console.log(`/checklist/${form}/ JS ${total} B gz`, files);
    expect(total, JSON.stringify(files)).toBeLessThanOrEqual(20 * 1024);
  });
}

test('the work ledger ships at most 20 KB of gzipped JavaScript', async ({ page }) => {
  const { total, files } = await scriptBytes(page, '/tasks/2022-04/');
  console.log(`/tasks/2022-04/ JS ${total} B gz`, files);
  expect(total, JSON.stringify(files)).toBeLessThanOrEqual(20 * 1024);
});

test('the home page’s countdown costs under 1 KB of gzipped JavaScript', async ({ page }) => {
  const { total, files } = await scriptBytes(page, '/');
  console.log(`/ JS ${total} B gz`, files);
  expect(total, JSON.stringify(files)).toBeLessThanOrEqual(1024);
});

test('the case writer ships at most 25 KB of gzipped JavaScript before the Word button is pressed', async ({ page }) => {
  const { total, files } = await scriptBytes(page, '/templates/case/write/');
  console.log(`/templates/case/write/ JS ${total} B gz`, files);
  expect(Object.keys(files).some((f) => f.includes('case-docx')), 'the docx code loads only on demand').toBe(false);
  expect(total, JSON.stringify(files)).toBeLessThanOrEqual(25 * 1024);
});

test('the summary page ships at most 25 KB of gzipped JavaScript', async ({ page }) => {
  const { total, files } = await scriptBytes(page, '/summary/');
  console.log(`/summary/ JS ${total} B gz`, files);
  expect(total, JSON.stringify(files)).toBeLessThanOrEqual(25 * 1024);
});
