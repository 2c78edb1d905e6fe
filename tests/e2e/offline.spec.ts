// Offline: once the site has been opened, every page, the search and the forms work with no
// network (the service worker, src/sw/sw.ts; its file list, scripts/build-sw.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { answer, group, openForm } from '../checklist-page';
import { activated } from '../service-worker';

/** Every built page, as paths: what the sitemap lists when SITE_URL is set (without it none is written). */
const sitemapRoutes = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
  .sort();

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('after one visit, every page, the search and the forms work offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  // A worker is active only once every file has been stored.
  expect(await page.evaluate(activated)).toBe('activated');
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  expect(sitemapRoutes.length).toBeGreaterThan(15);
  for (const route of sitemapRoutes) {
    const res = await page.goto(route);
    expect(res?.status(), route).toBe(200);
    expect(res?.fromServiceWorker(), route).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
  }
  // The calendar file and the search page opened with a query (a URL the build never wrote).
  const ics = await page.evaluate(async () => (await fetch('/notices/2022-04.ics')).text());
  expect(ics).toContain('BEGIN:VCALENDAR');

  await page.goto('/search/?q=党费');
  // Compiling Pagefind's WASM can take seconds on a slow machine.
  await expect(page.locator('#search-status')).toContainText(/找到 \d+ 个结果/, { timeout: 30_000 });
  await expect(page.locator('#search-status')).not.toContainText('没有保存');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '现在没有网络：搜索照常可用' })).toBeVisible();

  // A 登记表: fill, reload, still there.
  await openForm(page);
  await expect(page.getByRole('status').filter({ hasText: '现在没有网络：本页照常可用' })).toBeVisible();
  await answer(page, '党费收缴管理', '自评是否达标', '达标');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  await expect(group(page, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeChecked();

  // The case report: the Word export (loaded on demand) and a backup file.
  await page.goto('/templates/case/write/');
  await expect(page.getByRole('status').filter({ hasText: '现在没有网络' })).toBeVisible();
  await page.getByLabel('案例名称').fill('离线撰写的案例');
  await page.getByLabel('案例简介').fill('本支部在没有网络时完成了撰写。');
  const word = await download(page, () => page.getByRole('button', { name: /导出 Word/ }).click());
  expect(word.name).toBe('离线撰写的案例.docx');
  expect(word.bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as .docx files are
  const backup = await download(page, () => page.getByRole('button', { name: '导出备份文件' }).click());
  expect(JSON.parse(backup.bytes.toString('utf8')).data.title).toBe('离线撰写的案例');
  await expect(page.getByText('无法加载 Word 导出功能')).toHaveCount(0);

  // An address the site does not have says so in Chinese instead of the browser's error page.
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这个页面没有保存在本设备上');
  expect(errors).toEqual([]);
});

test('the offline note stays hidden while online, and the registration is one small module', async ({ page }) => {
  const scripts: { url: string; gz: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: new URL(r.url()).pathname, gz: gzipSync(await r.body()).length });
  });
  await page.goto('/notices/2022-04/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#offline-note')).toHaveCount(0); // content pages have nothing to say offline
  expect(scripts).toHaveLength(1);
  expect(scripts[0].gz, `${scripts[0].url}: ${scripts[0].gz} B gz`).toBeLessThanOrEqual(512);
  expect(await page.locator(`script[src="${scripts[0].url}"]`).getAttribute('type')).toBe('module');
  await page.goto('/checklist/zhibu/');
  await expect(page.locator('#offline-note')).toBeHidden();
});

test('a first visit installs the service worker without saying there is a new version', async ({ browser }) => {
  // The first version passes through "installed" (briefly waiting) on its way to active: nothing
  // ran before it, so there is nothing to update from. A race, so three first visits.
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/summary/');
    expect(await page.evaluate(activated)).toBe('activated');
    // The page's check asks the worker; give it time to answer.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    await expect(page.locator('#sw-update')).toBeHidden();
    await context.close();
  }
});
