// The 登记表 relay end to end with real exported files, one browser context per organisation:
// the branch fills and sends; its 党总支 imports, reviews in 验收模式 and sends on; the branch edits
// its 自评 later and sends again; the 组织人事处 imports all three in either order — the review
// survives, the newer 自评 wins, and the page says what it combined. Plus a 20-file batch with 3 bad.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answer, group, openForm, orgField } from '../checklist-page';
import { matrix, matrixCells, openSummary, pick, rowOf } from '../summary-page';
import { backupFile, batch, patterned, savedAt } from '../summary-files';
import type { GeneratedFile } from '../summary-files';

async function saved(page: Page, click: () => Promise<void>): Promise<GeneratedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function importFile(page: Page, f: GeneratedFile) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入备份…' }).click()]);
  await chooser.setFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
}

const reviewMode = (page: Page) => page.getByRole('checkbox', { name: '验收模式', exact: true });
const result = (page: Page) => page.getByRole('textbox', { name: '验收结果', exact: true });

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('the relay: branch fills, 党总支 reviews, branch edits later, 组织人事处 combines in either order', async ({ browser }) => {
  test.setTimeout(400_000); // four browser contexts and real files; slow on a loaded machine
  // 1. The branch fills its 自评; the review part is there but not its to fill.
  const branch = await newPage(browser);
  await openForm(branch);
  await expect(reviewMode(branch)).not.toBeChecked();
  await expect(group(branch, '党费收缴管理', '上级验收是否达标').getByRole('radio', { name: '达标', exact: true })).toBeDisabled();
  await expect(result(branch)).toBeDisabled();
  await expect(branch.getByText('“上级验收是否达标”和“验收结果”由党总支在验收模式中填写。')).toBeVisible();
  await orgField(branch).fill('物理系党支部');
  await answer(branch, '班子配备职数', '自评是否达标', '达标');
  await answer(branch, '党费收缴管理', '自评是否达标', '未达标');
  await branch.getByRole('textbox', { name: '党费收缴管理 说明', exact: true }).fill('6月公示记录待补');
  // Chromium on a desktop cannot share files: the send button downloads the backup.
  const first = await saved(branch, () => branch.getByRole('button', { name: '发送备份文件…' }).click());
  await expect(branch.getByText(/^已下载文件“物理系党支部-党支部自评登记表-.*\.json”/)).toBeVisible();
  expect(JSON.parse(first.text)).toMatchObject({ schemaVersion: 2, data: { orgName: '物理系党支部', selfSavedAt: expect.any(String) } });

  // 2. The 党总支 imports it, is offered to review it, and reviews in 验收模式.
  const zongzhi = await newPage(browser);
  await openForm(zongzhi);
  await importFile(zongzhi, first);
  await expect(zongzhi.getByText(/这是「物理系党支部」的登记表。如果由本组织验收/)).toBeVisible();
  await zongzhi.getByRole('button', { name: '开始验收' }).click();
  await expect(reviewMode(zongzhi)).toBeChecked();
  await expect(reviewMode(zongzhi)).toBeFocused(); // the pressed button is gone: focus moves on
  // The jump goes to what the 党总支 fills: the first item without 上级验收.
  await zongzhi.getByRole('button', { name: '下一个未验收条目' }).click();
  await expect(group(zongzhi, '班子配备职数', '上级验收是否达标').getByRole('radio').first()).toBeFocused();
  await expect(group(zongzhi, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '未达标', exact: true })).toBeChecked();
  await expect(group(zongzhi, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeDisabled();
  await expect(zongzhi.getByRole('textbox', { name: '党费收缴管理 说明', exact: true })).toBeDisabled();
  await expect(orgField(zongzhi)).toBeDisabled();
  await zongzhi.getByRole('textbox', { name: '验收的党总支', exact: true }).fill('理学院党总支');
  await answer(zongzhi, '班子配备职数', '上级验收是否达标', '达标');
  await answer(zongzhi, '党费收缴管理', '上级验收是否达标', '未达标');
  await result(zongzhi).fill('基本达标，党费公示待整改');
  await expect(zongzhi.getByText(/^上级验收最后保存于 .*（理学院党总支）$/)).toBeVisible();
  const reviewed = await saved(zongzhi, () => zongzhi.getByRole('button', { name: '导出备份文件' }).click());
  // Named apart from the branch's own file, which 组织人事处 may receive too.
  expect(first.name).toMatch(/^物理系党支部-党支部自评登记表-\d{4}-\d{2}-\d{2}\.json$/);
  expect(reviewed.name).toMatch(/^物理系党支部-党支部自评登记表（已验收）-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(reviewed.text).data).toMatchObject({ reviewer: '理学院党总支', result: '基本达标，党费公示待整改', answers: { 'zhibu.dues': { self: '未达标', superior: '未达标' } } });

  // 3. Later the branch corrects its 自评 (without the review) and sends again.
  await answer(branch, '党费收缴管理', '自评是否达标', '达标');
  await branch.getByRole('textbox', { name: '党费收缴管理 说明', exact: true }).fill('已补公示');
  const edited = await saved(branch, () => branch.getByRole('button', { name: '导出备份文件' }).click());
  expect(JSON.parse(edited.text).data.answers['zhibu.dues']).toEqual({ self: '达标', note: '已补公示' });
  expect(JSON.parse(edited.text).data.result).toBe('');

  // 4. The 组织人事处 imports all three, in either order: the same form comes out.
  for (const order of [[first, reviewed, edited], [edited, first, reviewed], [reviewed, edited]]) {
    const office = await newPage(browser);
    await openSummary(office);
    await pick(office, order.map((f, i) => ({ ...f, name: `${i + 1}-${f.name}` })));
    await expect(office.getByRole('status')).toContainText('新增 1 份登记表，合并');
    await expect(office.locator('.sm-outcomes li[data-kind="combined"]').first()).toContainText('「物理系党支部」');
    // 自评: the branch's newer answer; 上级验收: the 党总支's review.
    expect((await rowOf(office, '物理系党支部')).slice(0, 4)).toEqual(['物理系党支部', '2 / 2', '达标', '未填']);
    await office.getByRole('radio', { name: '上级验收是否达标' }).check();
    const names = await office.locator('.sm-matrix thead tr.sm-items th').allTextContents();
    const row = await rowOf(office, '物理系党支部');
    expect(row[2 + names.indexOf('班子配备职数')]).toBe('达标');
    expect(row[2 + names.indexOf('党费收缴管理')]).toBe('未达标');
    await office.getByRole('button', { name: '物理系党支部' }).click();
    await expect(office.locator('.print-form .result td')).toHaveText('基本达标，党费公示待整改');
    await office.getByRole('button', { name: '返回汇总' }).click();
    await office.context().close();
  }
  // The branch takes the reviewed file back: the review joins its newer 自评, and it is told so.
  await importFile(branch, reviewed);
  await expect(branch.getByText(/已与草稿“物理系党支部”合并：「物理系党支部」采用了这个文件中的上级验收和验收结果（理学院党总支，保存于 .*）；保留了已有的较新自评/)).toBeVisible();
  await expect(group(branch, '党费收缴管理', '上级验收是否达标').getByRole('radio', { name: '未达标', exact: true })).toBeChecked();
  await expect(group(branch, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeChecked();
  await expect(result(branch)).toHaveValue('基本达标，党费公示待整改');
  // A file refused next: its reason, and the earlier 合并 news no longer stands beside it.
  await importFile(branch, { name: '物理系党支部-党支部自评登记表.csv', text: '\uFEFF党支部标准化建设考核验收登记表\r\n' });
  await expect(branch.getByRole('alert')).toContainText('这是表格（CSV）文件');
  await expect(branch.getByText(/已与草稿“物理系党支部”合并/)).toHaveCount(0);
});

test('the 党总支 form names its reviewer 上级党组织', async ({ page }) => {
  await openForm(page, 'zongzhi');
  await expect(page.getByText('“上级验收是否达标”和“验收结果”由上级党组织在验收模式中填写。')).toBeVisible();
  await expect(page.locator('.ck-screen').getByText(/由党总支(验收|在验收模式)/)).toHaveCount(0);
  await reviewMode(page).check();
  await expect(page.getByRole('textbox', { name: '验收的上级党组织', exact: true })).toBeEnabled();
});

test('a batch of 20 files with 3 bad ones imports the 17 good ones and names the 3', async ({ page }) => {
  const good = batch('zhibu', 17);
  const surrogate = backupFile({ ...patterned('zhibu', 30), orgName: '\ud800乙党支部' }, savedAt(30));
  const future = backupFile(patterned('zhibu', 31), '9999-12-31T00:00:00.000Z');
  const ledger = { name: '工作台账.json', text: JSON.stringify({ app: 'party-branch-handbook', kind: 'ledger', schemaVersion: 1, savedAt: savedAt(1), data: {} }) };
  const files = [...good.slice(0, 5), { ...surrogate, name: '乙党支部.json' }, ...good.slice(5, 12), { ...future, name: '未来.json' }, ...good.slice(12), ledger];
  expect(files).toHaveLength(20);
  await openSummary(page);
  await pick(page, files);
  await expect(page.getByRole('status')).toHaveText('共 20 个文件：新增 17 份登记表，3 个文件未导入（原因见下）。');
  const refused = page.locator('.sm-outcomes li[data-kind="refused"]');
  await expect(refused).toHaveCount(3);
  await expect(refused.nth(0)).toContainText('乙党支部.json：文件中“组织名称”的文字含有无法识别的字符');
  await expect(refused.nth(1)).toContainText('未来.json：');
  await expect(refused.nth(1)).toContainText('保存时间 9999-12-31 晚于今天');
  await expect(refused.nth(2)).toContainText('工作台账.json：这是工作台账的备份文件，不是自评登记表');
  expect(await matrixCells(page)).toHaveLength(17);
  await expect(page.getByRole('button', { name: '选择文件…' })).toBeEnabled();
  await expect(page.getByText(/占用浏览器存储约 \d+ KB/)).toBeVisible();
});

test('the expected-organisations list names who has not sent, and the reviewer filter groups by 党总支', async ({ page }) => {
  await openSummary(page);
  await page.getByRole('textbox', { name: '组织名单' }).fill('测试党支部001\t甲党总支\n测试党支部002\t乙党总支\n未交党支部\t甲党总支');
  await page.getByRole('button', { name: '保存名单' }).click();
  await expect(page.getByText('已保存名单：3 个组织。')).toBeVisible();
  await pick(page, batch('zhibu', 2));
  await expect(page.getByText('未报送的党支部（1 个）：未交党支部')).toBeVisible();
  await page.getByRole('combobox', { name: '验收党总支' }).selectOption('乙党总支');
  await expect.poll(async () => (await matrixCells(page)).map((r) => r[0])).toEqual(['测试党支部002']);
  await expect(page.getByText('名单中的党支部都已报送。')).toBeVisible();
  // Kept across a reload.
  await openSummary(page);
  await expect(page.getByText('未报送的党支部（1 个）：未交党支部')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部字段（CSV）' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF组织名称,登记表,报送情况,申报时间,项目,标准条目,自评是否达标,上级验收是否达标,说明,验收结果,验收组织,自评保存时间,验收保存时间,文件保存时间,来自文件\r\n')).toBe(true);
  expect(csv).toContain('未交党支部,党支部标准化建设考核验收登记表,未报送');
});

test('a form page refuses a file with a lone surrogate, and the summary survives such a stored record', async ({ page }) => {
  await openForm(page);
  await importFile(page, backupFile({ ...patterned('zhibu', 0), orgName: '\ud800乙党支部' }, savedAt(0)));
  await expect(page.getByRole('alert')).toContainText('导入失败：文件中“组织名称”的文字含有无法识别的字符');
  await page.evaluate(() => {
    const draft = { id: 'x', form: 'zhibu', orgName: '\ud800乙党支部', date: '', result: '', answers: {} };
    localStorage.setItem('handbook:summary:bad', JSON.stringify({ schemaVersion: 1, savedAt: '2026-11-20T08:00:00.000Z', data: { id: 'bad', fileName: 'a.json', savedAt: '2026-11-20T08:00:00.000Z', draft } }));
  });
  await openSummary(page);
  await expect(page.getByRole('alert')).toContainText('有一份保存的汇总数据无法读取');
  await pick(page, batch('zhibu', 1));
  await expect(matrix(page).locator('tbody tr')).toHaveCount(1); // waits for the import, unlike a one-off read
});

test('inside WeChat the page says once how to open it in the system browser', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile MicroMessenger/8.0.47' });
  const page = await context.newPage();
  await openForm(page);
  const note = page.getByText(/您正在微信里打开本页/);
  await expect(note).toBeVisible();
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(note).toBeHidden();
  await openForm(page);
  await expect(note).toBeHidden();
  await context.close();
});

for (const route of ['/checklist/zhibu/', '/checklist/zongzhi/', '/summary/']) {
  test(`${route}: the guide says who fills what, to whom and by when, in one phone screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(route);
    const guide = page.getByRole('region', { name: '登记表怎么填、交给谁' });
    await expect(guide.getByRole('listitem')).toHaveText([/^党支部：.*交给所在党总支。$/, /^党总支：.*验收模式.*交组织人事处。$/, /^党总支自己的登记表：.*由上级党组织验收。$/, /^组织人事处：.*登记表汇总.*$/]);
    // The deadline is the notice's (frontmatter), linked to it, and marked past after it.
    await expect(guide).toContainText('截止时间：2022年5月6日前报送组织人事处（已截止，见通知）。');
    await expect(guide.getByRole('link', { name: '通知' })).toHaveAttribute('href', '/notices/2022-04/#deadline-registration-form');
    expect((await guide.boundingBox())!.height).toBeLessThanOrEqual(844);
  });
}
