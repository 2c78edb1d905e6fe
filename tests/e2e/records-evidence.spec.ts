// Records speak in the 登记表: evidence per item from the branch book, by 统计年度, copied into 说明.
import { expect, test } from '@playwright/test';
import { addMember, addRecord, openRecords } from '../records-page';

test.describe.configure({ timeout: 120_000 });

test('the 登记表 shows evidence from the records, changes with them, and copies it into 说明', async ({ page }) => {
  await page.goto('/checklist/zhibu/');
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  // No branch book yet: no evidence code is loaded, only a pointer to /records/.
  await expect(page.getByRole('link', { name: '支部工作记录' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: '“三会一课” 台账依据' })).toHaveCount(0);

  await openRecords(page);
  await page.getByLabel('组织名称').fill('数学系教工党支部');
  await addMember(page, '周书记', '书记');
  await addMember(page, '吴委员', '委员');
  await addMember(page, '郑老师');
  for (const m of ['01', '02', '04']) await addRecord(page, { type: '支部委员会', date: `2022-${m}-05`, theme: `${m}月支委会`, present: ['周书记', '吴委员'] });
  await addRecord(page, { type: '谈心谈话', date: '2022-05-06', theme: '谈心', present: ['周书记', '吴委员'] });

  await page.goto('/checklist/zhibu/');
  await page.getByLabel('申报达标的党支部名称').fill('数学系教工党支部');
  await page.getByLabel('统计年度').fill('2022');
  const meetings = page.getByRole('region', { name: '“三会一课” 台账依据' });
  await expect(meetings).toContainText('支部委员会 3/12 个月 · 缺 3月、5月、6月、7月、8月、9月、10月、11月、12月');
  await expect(meetings).toContainText('党课 0/4 季度 · 缺 第一季度、第二季度、第三季度、第四季度');
  await expect(page.getByRole('region', { name: '谈心谈话 台账依据' })).toContainText('委员之间谈心谈话 1/1 对');
  await expect(page.getByRole('region', { name: '谈心谈话 台账依据' })).toContainText('委员与党员谈心谈话 0/2 对 · 缺 周书记—郑老师、吴委员—郑老师');
  // Items whose text states no number have no evidence.
  await expect(page.getByRole('region', { name: '班子任期 台账依据' })).toHaveCount(0);
  // 申报时间 sets the year too.
  await page.getByLabel('申报时间').fill('2023-01-10');
  await expect(page.getByLabel('统计年度')).toHaveValue('2023');
  await expect(meetings).toContainText('支部委员会 0/12 个月');
  await page.getByLabel('统计年度').fill('2022');

  const note = page.getByRole('textbox', { name: '“三会一课” 说明' });
  await note.fill('会议记录本第1册');
  await meetings.getByRole('button', { name: '填入说明' }).click();
  await expect(note).toHaveValue(/^会议记录本第1册\n2022年台账记录：支部党员大会 0\/4 季度 · 缺 第一季度/);
  // Copying again replaces that year's line instead of adding another.
  await meetings.getByRole('button', { name: '填入说明' }).click();
  expect((await note.inputValue()).split('\n')).toHaveLength(2);
  await expect(page.getByRole('status').first()).toHaveText(/^已自动保存/);

  // A record added in the branch book changes the evidence on the next visit.
  await openRecords(page);
  await addRecord(page, { type: '支部委员会', date: '2022-03-05', theme: '3月支委会', present: ['周书记'] });
  await page.goto('/checklist/zhibu/');
  await expect(page.getByLabel('统计年度')).toHaveValue('2023');
  await page.getByLabel('统计年度').fill('2022');
  await expect(meetings).toContainText('支部委员会 4/12 个月 · 缺 5月');
  await expect(note).toHaveValue(/^会议记录本第1册\n2022年台账记录：/);
});
