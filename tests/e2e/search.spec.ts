import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { routes } from '../routes';

interface QuerySet { queries: { q: string; expect?: string[]; first?: string | string[] }[]; knownMisses: string[] }
const set: QuerySet = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'search-queries.json'), 'utf8'));

/** Runs a query on the search page and returns the result links once the status settles. */
async function search(page: Page, q: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  // Pagefind loads its index on the first search: seconds on a busy machine.
  await expect(page.getByRole('status')).toContainText(q, { timeout: 30_000 });
  await expect(page.getByRole('status')).not.toContainText('正在搜索', { timeout: 30_000 });
  return page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

test('recall: every query that appears verbatim on a page finds that page', async ({ page }) => {
  test.setTimeout(600_000); // ~70 searches: 1.5 min on a quiet machine, far longer on a busy one
  expect(set.queries.length).toBeGreaterThanOrEqual(40);
  // Substring truth from the indexed text of every indexed page.
  const indexed: { path: string; text: string }[] = [];
  for (const route of routes) {
    await page.goto(route);
    const body = page.locator('[data-pagefind-body]');
    if (await body.count()) indexed.push({ path: route, text: (await body.innerText()).replace(/\s+/g, '') });
  }
  expect(indexed.length).toBeGreaterThanOrEqual(9);

  let relevant = 0;
  let found = 0;
  const misses: string[] = [];
  const curatedMisses: string[] = [];
  const wrongFirst: string[] = [];
  for (const { q, expect: targets = [], first } of set.queries) {
    const parts = q.split(/\s+/);
    const truth = indexed.filter((p) => parts.every((w) => p.text.includes(w))).map((p) => p.path);
    const links = await search(page, q);
    const pages = new Set(links.map((l) => l.split('#')[0]));
    for (const path of truth) {
      relevant++;
      if (pages.has(path)) found++;
      else misses.push(`${q} → ${path}`);
    }
    for (const t of targets) if (!links.includes(t)) curatedMisses.push(`${q} → ${t}`);
    // A page titled with the query ranks above pages that only mention it.
    if (first && ![first].flat().includes(links[0])) wrongFirst.push(`${q} → ${links[0] ?? 'nothing'}, not ${[first].flat().join(' or ')}`);
  }
  const recall = found / relevant;
  console.log(`search recall: ${found}/${relevant} = ${recall.toFixed(3)} over ${set.queries.length} queries`);
  test.info().annotations.push({ type: 'recall', description: `${found}/${relevant} = ${recall.toFixed(3)}` });
  expect(misses).toEqual(set.knownMisses);
  expect(curatedMisses).toEqual([]);
  expect(set.queries.filter((x) => x.first).length).toBeGreaterThanOrEqual(10);
  expect(wrongFirst).toEqual([]);
});

test('a standards query lands on the item in both forms, and the item is highlighted', async ({ page }) => {
  const links = await search(page, '党费收缴管理');
  expect(links).toContain('/standards/zhibu/#zhibu.dues');
  expect(links).toContain('/standards/zongzhi/#zongzhi.dues');
  await page.locator('#search-results a[href="/standards/zongzhi/#zongzhi.dues"]').first().click();
  await expect(page).toHaveURL(/\/standards\/zongzhi\/#zongzhi\.dues$/);
  const heading = page.locator('[id="zongzhi.dues"]');
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((h) => h.matches(':target'))).toBe(true);
  const outline = await page.locator('.standard-item', { has: heading }).evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).toBe('solid');
});

test('filters by kind with counts, and the URL keeps the filter', async ({ page }) => {
  await search(page, '党费');
  const kinds = page.getByRole('group', { name: '按类别筛选' });
  await expect(kinds.getByRole('radio', { name: /^标准 \(2\)$/ })).toBeVisible();
  await expect(kinds.getByRole('radio', { name: /^通知 \(1\)$/ })).toBeVisible();
  await expect(kinds.getByRole('radio', { name: /^全部 \(3\)$/ })).toBeChecked();
  await kinds.getByRole('radio', { name: /^标准/ }).check();
  await expect(page.getByRole('status')).toContainText('找到 2 个结果（标准）');
  const links = await page.locator('#search-results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.every((l) => l.startsWith('/standards/'))).toBe(true);
  expect(new URL(page.url()).searchParams.get('kind')).toBe('标准');
  await page.goBack();
  await expect(kinds.getByRole('radio', { name: /^全部/ })).toBeChecked();
  await expect(page.getByRole('status')).toContainText('找到 3 个结果');
});

test('typing updates the URL; Back returns to the previous search', async ({ page }) => {
  await search(page, '党费');
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill('换届');
  await expect(page).toHaveURL(/q=%E6%8D%A2%E5%B1%8A/);
  await expect(page.getByRole('status')).toContainText('“换届”找到');
  // The search runs as you type, so by the time Enter is pressed the address may already say 台账:
  // 换届 must still be one Back away (CI once pressed Enter after the typed search had run).
  await box.fill('台账');
  await expect(page.getByRole('status')).toContainText('“台账”找到');
  await box.press('Enter');
  await page.goBack();
  await expect(box).toHaveValue('换届');
  await expect(page.getByRole('status')).toContainText('“换届”找到');
  // A search come back to is settled: typing over it adds one entry, and refining that typed
  // search (党费 → 党费公示) keeps to it, so Back returns to 台账 and not to a half-typed 党费.
  await page.goForward();
  await expect(box).toHaveValue('台账');
  await box.fill('党费');
  await expect(page.getByRole('status')).toContainText('“党费”找到');
  await box.fill('党费公示');
  await expect(page).toHaveURL(/q=%E5%85%9A%E8%B4%B9%E5%85%AC%E7%A4%BA/);
  await page.goBack();
  await expect(box).toHaveValue('台账');
});

test('Enter, and a box emptied on the way, keep the searches Back returns to', async ({ page }) => {
  await search(page, '台账');
  const box = page.getByRole('searchbox', { name: '搜索' });
  // Enter settles a search even when typing had already run it: refining it then adds an entry.
  await box.fill('换届');
  await expect(page.getByRole('status')).toContainText('“换届”找到');
  await box.press('Enter');
  await box.fill('换届选举');
  await expect(page.getByRole('status')).toContainText('“换届选举”');
  await page.goBack();
  await expect(box).toHaveValue('换届');
  // Emptying the box is not a search: the address keeps the last one, and the next search typed
  // after it still leaves that one a Back away.
  await box.fill('党费');
  await expect(page.getByRole('status')).toContainText('“党费”找到');
  await box.fill('');
  await expect(page.getByRole('status')).toContainText('请输入要搜索的词');
  await expect(page).toHaveURL(/q=%E5%85%9A%E8%B4%B9$/);
  await box.fill('台账');
  await expect(page.getByRole('status')).toContainText('“台账”找到');
  await page.goBack();
  await expect(box).toHaveValue('党费');
});

test('pinyin being composed is not searched; the chosen characters are', async ({ page }) => {
  await search(page, '党费');
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.selectText(); // composing replaces the selection, with no input of its own
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'huanjie', selectionStart: 7, selectionEnd: 7 });
  await expect(box).toHaveValue('huanjie');
  await page.waitForTimeout(600); // twice the typing pause: a search would have started
  await expect(page).toHaveURL(/q=%E5%85%9A%E8%B4%B9/);
  await expect(page.getByRole('status')).not.toContainText('huanjie');
  await cdp.send('Input.insertText', { text: '换届' });
  await expect(page.getByRole('status')).toContainText('“换届”找到');
  await expect(page).toHaveURL(/q=%E6%8D%A2%E5%B1%8A/);
  // The next word's pinyin begun within the pause after the last word: still nothing half-typed runs.
  await box.selectText();
  await cdp.send('Input.insertText', { text: '党费' });
  await cdp.send('Input.imeSetComposition', { text: 'gongshi', selectionStart: 7, selectionEnd: 7 });
  await expect(box).toHaveValue('党费gongshi');
  await page.waitForTimeout(600);
  await expect(page).toHaveURL(/q=%E6%8D%A2%E5%B1%8A$/);
  await cdp.send('Input.insertText', { text: '公示' });
  await expect(page.getByRole('status')).toContainText('“党费公示”找到');
  await expect(page).toHaveURL(/q=%E5%85%9A%E8%B4%B9%E5%85%AC%E7%A4%BA$/);
});

test('keyboard: / focuses the box, arrows walk the results, Enter opens', async ({ page }) => {
  await search(page, '双带头人');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#search-results a.result-link').first();
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results a.result-link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.#/]/g, '\\$&')}$`));
});

test.describe(() => {
  // The failed load is simulated with page.route, which cannot see requests the service worker
  // answers once it has stored the site; offline.spec.ts covers search with the worker.
  test.use({ serviceWorkers: 'block' });

  test('empty query, no results and a failed load each say what to do', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('status')).toHaveText('请输入要搜索的词，例如“党费 公示”。');
    await search(page, '量子计算');
    await expect(page.getByRole('status')).toHaveText('“量子计算”没有找到结果');
    await expect(page.getByText('用更短的词')).toBeVisible();
    await expect(page.locator('#search-help').getByRole('link', { name: '标准化建设标准' })).toHaveAttribute('href', '/standards/');

    // Opened with ?q=, the page keeps room for results; with none, the advice and the footer move up.
    await page.goto('/search/?q=量子计算');
    await expect(page.getByText('用更短的词')).toBeInViewport();
    await expect(page.locator('footer')).toBeInViewport();

    await page.route('**/pagefind/**', (r) => r.abort());
    await page.goto('/search/?q=党费');
    await expect(page.getByRole('status')).toContainText('搜索组件加载失败');
    await expect(page.locator('footer')).toBeInViewport();
  });
});

test('the header search works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/notices/2022-04/');
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill('党费 公示');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%85%9A%E8%B4%B9\+%E5%85%AC%E7%A4%BA$/);
  await expect(page.getByText('搜索需要浏览器启用 JavaScript')).toBeVisible();
  await context.close();
});

test('the search page with results passes axe, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await search(page, '党费');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('result text is rendered as text, never as HTML', async ({ page }) => {
  let ran = false;
  page.on('dialog', async (d) => { ran = true; await d.dismiss(); });
  await search(page, '<img src=x onerror=alert(1)>');
  await expect(page.locator('#search-results img')).toHaveCount(0);
  expect(ran).toBe(false);
});
