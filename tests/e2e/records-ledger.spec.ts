// The month's ledger uses the branch book: a record of the task's type in the notice's period is
// shown under the task and ticks it.
import { expect, test } from '@playwright/test';
import { addMember, addRecord, openRecords } from '../records-page';

test.describe.configure({ timeout: 90_000 });

test('a 支部党员大会 record in the notice period ticks 召开一次党员大会', async ({ page }) => {
  await openRecords(page);
  await page.getByLabel('组织名称').fill('外语系党支部');
  await addMember(page, '冯书记', '书记');
  await addMember(page, '陈老师');
  await addRecord(page, { type: '支部党员大会', date: '2022-04-26', theme: '学习海南考察讲话', present: ['冯书记', '陈老师'] });
  await addRecord(page, { type: '支部党员大会', date: '2022-03-26', theme: '三月党员大会', present: ['冯书记'] });

  await page.goto('/tasks/2022-04/');
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  const item = page.locator('.ledger-item').filter({ has: page.getByRole('checkbox', { name: '召开一次党员大会', exact: true }) });
  await expect(item.locator('.ledger-records')).toContainText('2022年4月26日 支部党员大会“学习海南考察讲话”（实到 2 人）');
  await expect(item.locator('.ledger-records')).not.toContainText('三月党员大会');
  // Tasks no record type does, and types with no records, show nothing.
  await expect(page.locator('.ledger-records')).toHaveCount(1);
  await item.getByRole('button', { name: /^据此勾选/ }).click();
  await expect(page.getByRole('checkbox', { name: '召开一次党员大会', exact: true })).toBeChecked();
  await expect(item.getByLabel('完成日期')).toHaveValue('2022-04-26');
  await expect(item.getByLabel('参加人员（人数或名单）')).toHaveValue('2人');
  await expect(item.getByLabel('备注（如会议记录存放处）')).toHaveValue('见支部工作记录：2022年4月26日 支部党员大会“学习海南考察讲话”');
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '召开一次党员大会', exact: true })).toBeChecked();
});
