// The Content-Security-Policy holds on every page while every island is used: nothing is blocked
// (so the policy fits the site) and the policy is strict (no inline script without a hash).
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
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(await violations()).toEqual([]);
  });
}

test('search, the checklist, the ledger and the case writer run under the policy', async ({ page }) => {
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

  await page.goto('/templates/case/write/');
  await page.getByLabel('案例名称').fill('测试案例');
  await page.getByLabel('案例简介').fill('测试正文。'.repeat(40));
  await expect(page.locator('.drafts-status')).toHaveText(/已自动保存/);
  expect(await violations()).toEqual([]);
});
