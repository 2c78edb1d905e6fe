// 支部工作记录 (/records/): the member list and records through the interface contract, kept
// across reloads, backed up and restored, printed as a 纪实表 and as the year's 台账.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pdfContains, readPdf } from '../pdf';
import { addMember, addRecord, openRecords } from '../records-page';

// Each test fills a branch through the UI, which takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('the record form offers exactly the contract’s types, and members and records survive a reload', async ({ page }) => {
  await openRecords(page);
  await page.getByLabel('组织名称').fill('物理系教工党支部');
  await addMember(page, '张书记', '书记');
  await addMember(page, '李委员', '委员');
  await addMember(page, '王党员');
  await page.getByRole('button', { name: '添加记录' }).click();
  const options = await page.locator('form.record-form').getByLabel('类型', { exact: true }).locator('option').allTextContents();
  expect(options).toEqual(['支部党员大会', '支部委员会', '党小组会', '党课', '主题党日', '集中学习', '组织生活会', '民主评议党员', '谈心谈话', '党内表彰', '党费公示', '其他']);
  // 保存记录 refuses an incomplete record and says why; nothing is lost.
  await page.getByRole('button', { name: '保存记录' }).click();
  await expect(page.locator('form.record-form [role="alert"]')).toHaveText('还不能保存：请填写日期，请填写主题。');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '删除记录' }).click();
  // Focus never falls to the page: after a deletion it is on 添加记录, after 保存记录 on the record's 编辑.
  await expect(page.getByRole('button', { name: '添加记录' })).toBeFocused();

  await addRecord(page, { type: '支部委员会', date: `${new Date().getFullYear()}-01-10`, theme: '研究发展党员工作', hours: 2, present: ['张书记', '李委员'], absent: [['王党员', '出差']] });
  await expect(page.locator('.record-row')).toHaveCount(1);
  await expect(page.locator('.record-row').getByRole('button', { name: /^编辑/ })).toBeFocused();
  await expect(page.locator('.record-row')).toContainText('支部委员会 · 研究发展党员工作 · 应到 3 实到 2 · 2 学时');
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);

  await page.reload();
  await expect(page.getByRole('button', { name: '添加记录' })).toBeEnabled();
  await expect(page.getByLabel('组织名称')).toHaveValue('物理系教工党支部');
  await expect(page.locator('.member-row')).toHaveCount(3);
  await expect(page.locator('.member-row').first().getByLabel('姓名', { exact: true })).toHaveValue('张书记');
  await expect(page.locator('.member-row').nth(1).getByLabel('职务', { exact: true })).toHaveValue('委员');
  await expect(page.locator('.record-row')).toContainText('应到 3 实到 2');
  await page.locator('.record-row').getByRole('button', { name: /^编辑/ }).click();
  await expect(page.getByLabel('学时', { exact: true })).toHaveValue('2');
  await expect(page.getByLabel('王党员缺席原因')).toHaveValue('出差');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // Deleting a person moves focus on to 添加党员.
  page.once('dialog', (d) => d.accept());
  await page.locator('.member-row').nth(2).getByRole('button', { name: '删除此人' }).click();
  await expect(page.locator('.member-row')).toHaveCount(2);
  await expect(page.getByRole('button', { name: '添加党员' })).toBeFocused();
});

test('a backup holds the names, says so, and restores as a new draft', async ({ page }) => {
  await openRecords(page);
  // Typed markup stays text everywhere it is shown.
  await addMember(page, '<b>赵一</b>');
  await addRecord(page, { type: '主题党日', date: '2022-04-28', theme: '清明祭英烈', present: ['<b>赵一</b>'] });
  await expect(page.locator('.records b')).toHaveCount(0);
  await expect(page.getByText('备份文件和表格里有党员的姓名等个人信息')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ app: 'party-branch-handbook', kind: 'branch' });
  expect(text).toContain('<b>赵一</b>');

  // The year's 台账 as CSV (UTF-8 with BOM for Excel): the types × months table, then every record.
  await page.getByLabel('统计年度').fill('2022');
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出2022年台账（CSV）' }).click()]);
  // Each export names what it holds: two CSVs of one day must not share a name.
  expect(csvFile.suggestedFilename()).toMatch(/-2022年台账-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvFile.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('主题党日,,,,1次（28日）,,,,,,,,,1');
  expect(csv).toContain('2022年4月28日,主题党日,清明祭英烈');
  const [roster] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出花名册（CSV）' }).click()]);
  expect(readFileSync((await roster.path())!, 'utf8')).toContain('1,<b>赵一</b>,党员,正式党员');
  expect(roster.suggestedFilename()).toMatch(/-花名册-\d{4}-\d{2}-\d{2}\.csv$/);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '删除草稿' }).click();
  await expect(page.locator('.member-row')).toHaveCount(0);
  await page.locator('input[type="file"]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('.drafts-news')).toContainText('已导入为新草稿');
  await expect(page.locator('.member-row').first().getByLabel('姓名', { exact: true })).toHaveValue('<b>赵一</b>');
  await page.getByLabel('统计年度').fill('2022');
  await expect(page.locator('.record-row')).toContainText('清明祭英烈');

  // A damaged file is refused with a reason and changes nothing.
  await page.locator('input[type="file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"app":') });
  await expect(page.locator('.drafts-alert')).toContainText('导入失败');
  await expect(page.locator('.member-row')).toHaveCount(1);
});

test.describe('code loaded when first needed', () => {
  // The service worker would answer from its cache: these requests must reach the test's routes.
  test.use({ serviceWorkers: 'block' });

  test('the record form, spreadsheets and backup reading load on use; when they cannot, the page says so and nothing changes', async ({ page }) => {
    const later = /\/_astro\/(RecordForm|sheets|backup-read)\./;
    const fetched: string[] = [];
    page.on('request', (r) => void (later.test(r.url()) && fetched.push(new URL(r.url()).pathname)));
    await page.route(later, (r) => r.abort());
    await openRecords(page);
    await addMember(page, '张书记', '书记');
    expect(fetched, 'nothing of it loads with the page').toEqual([]);

    await page.getByRole('button', { name: '添加记录' }).click();
    await expect(page.locator('.drafts-alert')).toContainText('无法打开记录表单（网络可能已断开）：请联网后刷新页面再试。已有的记录都还在。');
    await expect(page.locator('form.record-form')).toHaveCount(0);
    await expect(page.locator('.record-row')).toHaveCount(0);

    await page.locator('input[type="file"]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await expect(page.locator('.drafts-alert')).toContainText('导入失败：无法加载导入功能（网络可能已断开），请联网后刷新页面再试。当前草稿没有任何改动。');
    await expect(page.locator('.member-row')).toHaveCount(1);
    await expect(page.getByRole('status')).toHaveText(/^已自动保存/);
    await page.getByRole('button', { name: '导出花名册（CSV）' }).click();
    await expect(page.locator('.drafts-alert')).toContainText('导出失败：无法加载导出功能（网络可能已断开），请联网后刷新页面再试。当前草稿没有任何改动。');

    // Back online: the same buttons work (a failed import() is fetched again: whatwg/html#10327,
    // which Chromium follows; where a browser keeps the failure, the message's 刷新页面 is the way).
    // A double click while the form loads (slowly here) adds one record.
    await page.unroute(later);
    await page.route(later, async (r) => {
      await new Promise((done) => setTimeout(done, 500));
      await r.continue();
    });
    await page.getByRole('button', { name: '添加记录' }).dblclick();
    await expect(page.locator('form.record-form').getByLabel('类型', { exact: true })).toBeVisible();
    await expect(page.locator('.record-row')).toHaveCount(1);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: '删除记录' }).click();
    await page.getByRole('button', { name: '添加记录' }).click();
    await expect(page.locator('form.record-form').getByLabel('类型', { exact: true })).toBeFocused();
    const [roster] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出花名册（CSV）' }).click()]);
    expect(readFileSync((await roster.path())!, 'utf8')).toContain('1,张书记,书记,正式党员');
    expect(new Set(fetched.map((f) => f.split('.')[0]))).toEqual(new Set(['/_astro/RecordForm', '/_astro/backup-read', '/_astro/sheets']));
  });
});

test('prints one record as an A4 纪实表 and the year as the 台账', async ({ page }) => {
  // The print buttons choose what prints, then call window.print(); here the PDF is made instead.
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', String(Number(document.body.dataset.printed ?? 0) + 1));
  });
  await openRecords(page);
  await page.getByLabel('组织名称').fill('化学系学生党支部');
  await addMember(page, '钱书记', '书记');
  await addMember(page, '孙同学');
  await addRecord(page, { type: '党课', date: '2022-03-15', theme: '学习党史', hours: 3, place: '党员之家', content: '集体学习并交流体会', present: ['钱书记'], absent: [['孙同学', '实习']] });
  await addRecord(page, { type: '支部委员会', date: '2022-03-02', theme: '部署三月工作', present: ['钱书记'] });
  await page.getByLabel('统计年度').fill('2022');
  await expect(page.locator('.record-row')).toHaveCount(2);

  await page.getByRole('button', { name: /^打印纪实表：2022-03-15/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '1');
  await page.emulateMedia({ media: 'print' });
  let pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages).toHaveLength(1);
  expect(Math.round(pages[0].width)).toBe(595);
  expect(Math.round(pages[0].height)).toBe(842);
  for (const phrase of ['党课纪实表', '化学系学生党支部', '2022年3月15日', '党员之家', '应到人数2', '实到人数1', '孙同学（实习）', '学习党史', '集体学习并交流体会', '学时3']) {
    expect(pdfContains(pages[0].text, phrase), phrase).toBe(true);
  }
  expect(pdfContains(pages[0].text, '部署三月工作')).toBe(false);
  expect(pdfContains(pages[0].text, '草稿与备份')).toBe(false);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '打印2022年台账' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '2');
  await page.emulateMedia({ media: 'print' });
  pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  const text = pages.map((p) => p.text).join('');
  for (const phrase of ['化学系学生党支部2022年组织生活台账', '1次（2日）', '1次（15日）', '本年度共2条记录', '支部委员会纪实表', '部署三月工作', '党课纪实表', '学习党史']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
});
