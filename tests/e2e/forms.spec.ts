// Small things a first user trips on in the forms: a long 说明 stays readable, and a remembered
// organisation can be forgotten (on a shared office PC the next user must not get it).
import { expect, test } from '@playwright/test';
import { openForm, orgField } from '../checklist-page';
import { standard } from '../content';

// Several page loads each: minutes when the machine is busy.
test.describe.configure({ timeout: 90_000 });

const firstItem = standard('zhibu').categories[0].items[0];

test('a three-line 说明 is fully visible on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openForm(page);
  const note = page.getByRole('textbox', { name: `${firstItem.name} 说明`, exact: true });
  const one = await note.evaluate((t) => t.clientHeight);
  await note.fill('支部委员会会议记录见台账第3页；\n党员大会记录见台账第5页；\n党小组会记录见各小组记录本。');
  const box = await note.evaluate((t) => ({ client: t.clientHeight, scroll: t.scrollHeight, line: parseFloat(getComputedStyle(t).lineHeight) }));
  expect(box.scroll, 'nothing hidden above or below').toBeLessThanOrEqual(box.client + 1);
  expect(box.client).toBeGreaterThanOrEqual(3 * box.line);
  expect(box.client).toBeGreaterThan(one);
  // Loaded back from storage, it is measured again.
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.reload();
  await expect(note).toHaveValue(/党小组会/);
  const again = await note.evaluate((t) => ({ client: t.clientHeight, scroll: t.scrollHeight }));
  expect(again.scroll).toBeLessThanOrEqual(again.client + 1);
});

test('unticking 「记住这个组织」 on the ledger forgets: a reloaded or new checklist draft is not prefilled', async ({ page }) => {
  await page.goto('/tasks/2022-04/');
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  await page.getByLabel('组织名称').fill('物理系党支部');
  await page.getByLabel('组织名称').blur();
  await page.getByRole('radio', { name: '党支部', exact: true }).check();
  const remember = page.getByRole('checkbox', { name: /在本浏览器记住这个组织/ });
  await expect(remember).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('handbook:profile'))).toContain('物理系党支部');

  // Remembered: a new checklist draft starts with it.
  await openForm(page);
  await expect(orgField(page)).toHaveValue('物理系党支部');

  await page.goto('/tasks/2022-04/');
  await expect(remember).toBeChecked();
  await remember.uncheck();
  expect(await page.evaluate(() => localStorage.getItem('handbook:profile'))).toBeNull();

  await openForm(page);
  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(orgField(page)).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  await expect(page.getByText('本浏览器记住的组织')).toHaveCount(0);
});

test('the remembered name can be cleared where it is filled in (checklist, case writer)', async ({ page }) => {
  for (const [url, field] of [['/checklist/zhibu/', '申报达标的党支部名称'], ['/templates/case/write/', '所在党支部']]) {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('handbook:profile', JSON.stringify({ schemaVersion: 1, savedAt: '2026-11-20T08:00:00.000Z', data: { name: '物理系党支部', kind: '党支部' } })));
    await page.goto(url);
    await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
    await expect(page.getByText('本浏览器记住的组织：物理系党支部')).toBeVisible();
    await page.getByRole('button', { name: '不再记住' }).click();
    await expect(page.locator('.remembered-news')).toContainText('已不再记住');
    expect(await page.evaluate(() => localStorage.getItem('handbook:profile'))).toBeNull();
    // The open draft keeps what it holds; a new one starts empty.
    await page.getByRole('button', { name: '新建草稿' }).click();
    await expect(page.getByRole('textbox', { name: field, exact: true })).toHaveValue('');
  }
});
