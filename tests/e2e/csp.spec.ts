// The Content-Security-Policy holds on every page while every island is used: nothing is blocked
// (so the policy fits the site) and the policy is strict (no inline script without a hash, nothing
// that runs or styles before the policy, WebAssembly only where Pagefind runs).
import { expect, test, type Page } from '@playwright/test';
import { routes } from '../routes';
import { answer, openForm, orgField } from '../checklist-page';

async function watch(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

for (const route of routes) {
  test(`${route} carries a strict policy and breaks none of it`, async ({ page }) => {
    const violations = await watch(page);
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/(^|;)\s*worker-src 'self';/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy?.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval' only on /search/").toBe(route === '/search/');
    expect(policy).not.toContain("'unsafe-inline'");
    // A <meta> policy covers only what comes after it: it must precede every script and style.
    const before = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]')!;
      return [...document.querySelectorAll('script, style, link[rel="stylesheet"]')]
        .filter((el) => el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING)
        .map((el) => el.outerHTML.slice(0, 80));
    });
    expect(before, 'scripts and styles before the policy').toEqual([]);
    expect(await violations()).toEqual([]);
  });
}

test('search, the checklist, the ledger, the branch book and the case writer run under the policy', async ({ page }) => {
  test.slow();
  const violations = await watch(page);
  await page.goto('/search/?q=党费');
  await expect(page.getByRole('status')).toContainText('个结果');
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await answer(page, '党费收缴管理', '自评是否达标', '达标');
  await page.getByRole('button', { name: '导出备份文件' }).click();
  await expect(page.getByRole('status')).toHaveText(/已自动保存/);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Word/ }).click()]); // a worker from /_astro/
  expect(await violations()).toEqual([]);

  await page.goto('/tasks/2022-04/');
  await page.getByLabel('组织名称').fill('测试党支部');
  await page.getByRole('checkbox', { name: '召开一次党员大会', exact: true }).check();
  await expect(page.locator('.drafts-status')).toHaveText(/已自动保存/);
  expect(await violations()).toEqual([]);

  // The branch book, then the 登记表 and the ledger loading its code on demand.
  await page.goto('/records/');
  await page.getByRole('button', { name: '添加党员' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('张三');
  await page.getByRole('button', { name: '添加记录' }).click();
  await page.getByLabel('日期', { exact: true }).fill('2022-04-20');
  await page.getByLabel('主题', { exact: true }).fill('测试');
  await page.getByRole('button', { name: '保存记录' }).click();
  await expect(page.locator('.drafts-status')).toHaveText(/已自动保存/);
  await openForm(page);
  await expect(page.getByRole('region', { name: '党费收缴管理 台账依据' })).toBeVisible();
  await page.goto('/tasks/2022-04/');
  // The record (type 支部党员大会 by default) is in the notice's period: the ledger offers it.
  await expect(page.locator('.ledger-records')).toHaveCount(1);
  expect(await violations()).toEqual([]);

  await page.goto('/templates/case/write/');
  await page.getByLabel('案例名称').fill('测试案例');
  await page.getByLabel('案例简介').fill('测试正文。'.repeat(40));
  await expect(page.locator('.drafts-status')).toHaveText(/已自动保存/);
  expect(await violations()).toEqual([]);
});
