// Whatever users type or import is shown as text, never run: every text field of every draft
// page gets HTML payloads, the draft goes out as a backup and comes back in (and into the
// summary, which shows other people's files), and nothing executes.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openSummary, pick } from '../summary-page';

const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

/** Opens a draft page, types the payload into every text field and returns the exported backup. */
async function payloadBackup(page: Page, route: string) {
  await page.goto(route);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  const fields = page.locator('input:not([type]), input[type="text"], textarea');
  const n = await fields.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) if (await fields.nth(i).isEditable()) await fields.nth(i).fill(payload);
  await expect(page.locator('.drafts-status')).toHaveText(/已自动保存/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出备份/ }).click()]);
  const backup = readFileSync((await download.path())!, 'utf8');
  expect(backup).toContain('<script>window.pwned=2</script>');
  return backup;
}

/** Nothing ran, on screen or in print, and the payload is on the page as text. */
async function ranNothing(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script').evaluateAll((s) => s.filter((e) => e.textContent?.includes('pwned')).length)).toBe(0);
  await expect(page.getByText(payload).first()).toBeAttached();
}

for (const route of ['/checklist/zhibu/', '/tasks/2022-04/', '/templates/case/write/']) {
  test(`${route}: typed and imported markup stays text`, async ({ page }) => {
    test.slow();
    const backup = await payloadBackup(page, route);
    // Deleted first, so the file comes back as a new draft (the 登记表 would otherwise combine a
    // file of the same organisation with the draft it came from).
    await page.getByRole('button', { name: '删除草稿' }).click();
    await expect(page.getByRole('button', { name: '撤销删除' })).toBeVisible();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入备份…' }).click()]);
    await chooser.setFiles({ name: 'payload.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect(page.locator('.drafts-news')).toContainText('已导入为新草稿');
    await ranNothing(page);
  });
}

test('/summary/: markup in an imported checklist backup stays text, in the matrix and the form', async ({ page }) => {
  test.slow();
  const backup = await payloadBackup(page, '/checklist/zhibu/');
  await openSummary(page);
  await pick(page, [{ name: 'payload.json', text: backup }]);
  const org = page.getByRole('button', { name: payload, exact: true });
  await expect(org).toBeVisible();
  await ranNothing(page);
  await org.click();
  await expect(page.getByText(`申报达标的党支部名称：${payload}`)).toBeVisible();
  await ranNothing(page);
});
