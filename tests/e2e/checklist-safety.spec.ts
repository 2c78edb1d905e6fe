// Nothing typed into the checklist is ever lost: bad storage, refused writes, backups in and out,
// drafts deleted by mistake, answers to items a later edition dropped.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answer, group, openForm, orgField, reviewing } from '../checklist-page';

const envelope = (data: object, schemaVersion = 1) => JSON.stringify({ schemaVersion, savedAt: '2026-11-20T08:00:00.000Z', data });
const draft = (id: string, extra: object = {}) => ({ id, form: 'zhibu', orgName: '', date: '', result: '', answers: {}, ...extra });

/** Puts records into localStorage before the page's own scripts run. */
async function seed(page: Page, records: Record<string, string>) {
  await page.goto('/');
  await page.evaluate((r) => Object.entries(r).forEach(([k, v]) => localStorage.setItem(k, v)), records);
}

const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }));

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('corrupted storage is kept aside, reported and downloadable, and new work still saves', async ({ page }) => {
  const broken = '{"schemaVersion":1,"savedAt":"2026-11-20","data":{"id":"x1","form":"zhibu","orgName":"物理系党支部"';
  await seed(page, { 'handbook:checklist:x1': broken });
  await openForm(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('有一份保存的数据无法读取：保存的数据已损坏（不是有效的 JSON）。');
  await expect(alert).toContainText('它已原样保留，没有删除');
  const kept = Object.entries(await stored(page)).filter(([k]) => k.startsWith('handbook:checklist:x1:corrupt:'));
  expect(kept.map(([, v]) => v)).toEqual([broken]);

  const file = await downloadText(page, () => alert.getByRole('button', { name: '下载这份数据' }).click());
  expect(file.text).toBe(broken);

  await orgField(page).fill('化学系党支部');
  await expect(page.getByRole('status')).toHaveText(/已自动保存/);
  await page.reload();
  await expect(orgField(page)).toHaveValue('化学系党支部');
  await expect(page.getByRole('alert')).toContainText('已原样保留');
  expect(Object.values(await stored(page))).toContain(broken);
});

test('data from a newer version of the site is left untouched', async ({ page }) => {
  const newer = envelope(draft('v9', { orgName: '未来' }), 9);
  await seed(page, { 'handbook:checklist:v9': newer });
  await openForm(page);
  await expect(page.getByRole('alert')).toContainText('更新版本的网站（版本 9）');
  await orgField(page).fill('物理系党支部');
  await expect(page.getByRole('status')).toHaveText(/已自动保存/);
  expect((await stored(page))['handbook:checklist:v9']).toBe(newer);
});

test('when the browser refuses to save, the form keeps working and says it is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await answer(page, '党费收缴管理', '自评是否达标', '未达标');
  await expect(page.getByRole('status')).toHaveText('未保存');
  await expect(page.getByRole('alert')).toContainText('未保存：浏览器存储空间已满。填写的内容仍在本页');
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await expect(page.locator('.ck-progress')).toContainText('已自评 1/20 · 达标 0 · 未达标 1');
  // The backup still works, so the user can keep what they typed.
  const file = await downloadText(page, () => page.getByRole('button', { name: '导出备份文件' }).click());
  expect(JSON.parse(file.text).data).toMatchObject({ orgName: '物理系党支部', answers: { 'zhibu.dues': { self: '未达标' } } });
});

test('closing the page asks first only while an edit is not saved', async ({ context }) => {
  const dialogs: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss(); // "stay on this page"
  });
  const saved = await context.newPage();
  await openForm(saved);
  await orgField(saved).fill('物理系党支部');
  await expect(saved.getByRole('status')).toHaveText(/已自动保存/);
  await saved.close({ runBeforeUnload: true });
  await expect.poll(() => saved.isClosed()).toBe(true);
  expect(dialogs).toEqual([]);

  const unsaved = await context.newPage();
  await unsaved.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openForm(unsaved);
  await orgField(unsaved).fill('化学系党支部');
  await expect(unsaved.getByRole('status')).toHaveText('未保存');
  await unsaved.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(unsaved.isClosed()).toBe(false);
  await expect(orgField(unsaved)).toHaveValue('化学系党支部');
});

test('while saving fails, the draft on screen is never replaced', async ({ page }) => {
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await expect(page.getByRole('status')).toHaveText(/已自动保存/);
  await page.getByRole('button', { name: '复制草稿' }).click();
  await expect(page.getByRole('combobox', { name: '当前草稿' }).locator('option')).toHaveCount(2);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await reviewing(page, true);
  await page.getByRole('textbox', { name: '验收结果', exact: true }).fill('还没保存的结论');
  await expect(page.getByRole('status')).toHaveText('未保存');
  for (const action of ['新建草稿', '复制草稿']) {
    await page.getByRole('button', { name: action }).click();
    await expect(page.getByRole('alert')).toContainText('没有保存成功，所以没有切换');
    await expect(page.getByRole('textbox', { name: '验收结果', exact: true })).toHaveValue('还没保存的结论');
  }
  const pick = page.getByRole('combobox', { name: '当前草稿' });
  await pick.selectOption({ index: 1 });
  await expect(page.getByRole('textbox', { name: '验收结果', exact: true })).toHaveValue('还没保存的结论');
  await expect(pick.locator('option:checked')).toHaveText(/物理系党支部（副本）/);
});

test('a backup imported into another browser is the same draft; where its organisation has one, nothing changes', async ({ page }) => {
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await page.getByLabel('申报时间', { exact: true }).fill('2022-05-06');
  await answer(page, '班子任期', '自评是否达标', '达标');
  await page.getByRole('textbox', { name: '班子任期 说明', exact: true }).fill('2021年换届, 见"会议记录"');
  await reviewing(page, true);
  await answer(page, '班子任期', '上级验收是否达标', '未达标');
  await page.getByRole('textbox', { name: '验收结果', exact: true }).fill('<img src=x onerror="window.pwned=1">');
  const file = await downloadText(page, () => page.getByRole('button', { name: '导出备份文件' }).click());
  expect(file.name).toMatch(/^物理系党支部-党支部自评登记表（已验收）-\d{4}-\d{2}-\d{2}\.json$/);
  const original = JSON.parse(file.text);
  expect(original).toMatchObject({ app: 'party-branch-handbook', kind: 'checklist', schemaVersion: 2 });
  const importIt = async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入备份…' }).click()]);
    await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  };
  // Here its organisation already has this very draft: nothing to combine.
  await page.getByRole('button', { name: '新建草稿' }).click();
  await importIt();
  await expect(page.locator('.ck-relay')).toHaveText('草稿“物理系党支部”：「物理系党支部」的这份登记表已经有了，没有改动。');
  await expect(page.locator('#draft-pick option')).toHaveCount(1);

  // Another browser (storage cleared): a new draft, the same in every field.
  await page.evaluate(() => localStorage.clear());
  await openForm(page);
  await importIt();
  await expect(page.locator('.drafts-news')).toContainText('已导入为新草稿“物理系党支部”');
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await expect(page.getByRole('textbox', { name: '班子任期 说明', exact: true })).toHaveValue('2021年换届, 见"会议记录"');
  await expect(page.locator('#draft-pick option')).toHaveCount(1);

  const again = await downloadText(page, () => page.getByRole('button', { name: '导出备份文件' }).click());
  const copy = JSON.parse(again.text);
  expect(copy.data.id).not.toBe(original.data.id);
  expect({ ...copy.data, id: original.data.id }).toEqual(original.data);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});

test('the CSV export opens in Excel with Chinese intact', async ({ page }) => {
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await answer(page, '党费收缴管理', '自评是否达标', '达标');
  const file = await downloadText(page, () => page.getByRole('button', { name: '导出表格（CSV）' }).click());
  expect(file.name).toMatch(/^物理系党支部-党支部自评登记表-.*\.csv$/);
  expect(file.text.startsWith('\uFEFF党支部标准化建设考核验收登记表\r\n')).toBe(true);
  const lines = file.text.split('\r\n');
  expect(lines).toContain('申报达标的党支部名称,物理系党支部');
  expect(lines).toContain('项目,标准条目,具体标准,自评是否达标,上级验收是否达标,说明');
  expect(lines.filter((l) => l.startsWith('制度建设,') || l.includes(',党费收缴管理,')).some((l) => l.includes(',达标,'))).toBe(true);
  expect(lines.length).toBeGreaterThan(25);
});

const badFiles: [string, string, string][] = [
  ['empty.json', '', '文件是空的'],
  ['broken.json', '{"app": "party-branch-handbook", ', '不是有效的 JSON'],
  ['other.json', JSON.stringify({ hello: 'world' }), '这不是本网站导出的自评登记表备份文件'],
  ['zongzhi.json', JSON.stringify({ app: 'party-branch-handbook', kind: 'checklist', schemaVersion: 1, savedAt: '2026-11-20T08:00:00.000Z', data: { ...draft('z'), form: 'zongzhi' } }), '党总支'],
  ['case.json', JSON.stringify({ app: 'party-branch-handbook', kind: 'case', schemaVersion: 1, savedAt: 'x', data: {} }), '这是案例文本的备份文件'],
  ['newer.json', JSON.stringify({ app: 'party-branch-handbook', kind: 'checklist', schemaVersion: 7, savedAt: 'x', data: {} }), '更新版本的网站（版本 7）'],
  ['types.json', JSON.stringify({ app: 'party-branch-handbook', kind: 'checklist', schemaVersion: 1, savedAt: 'x', data: draft('t', { answers: { 'zhibu.dues': { self: 1 } } }) }), '内容有误'],
  ['huge.json', 'x'.repeat(1_200_000), '文件太大（1.2 MB）'],
  ['表格.csv', '\uFEFF党支部标准化建设考核验收登记表\r\n', '这是表格（CSV）文件，只用于在 Excel 中查看'],
];

test('a bad backup file is refused with a clear reason and changes nothing', async ({ page }) => {
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await expect(page.getByRole('status')).toHaveText(/已自动保存/);
  const before = await stored(page);
  for (const [name, text, reason] of badFiles) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入备份…' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('alert'), name).toContainText(reason);
    await expect(page.getByRole('alert'), name).toContainText('当前草稿没有任何改动');
    await expect(orgField(page)).toHaveValue('物理系党支部');
    expect(await stored(page), name).toEqual(before);
  }
});

test('drafts: create, rename, duplicate, switch, delete and undo', async ({ page }) => {
  await openForm(page);
  const pick = page.getByRole('combobox', { name: '当前草稿' });
  await orgField(page).fill('物理系党支部');
  await answer(page, '党费收缴管理', '自评是否达标', '达标');
  await expect(pick.locator('option')).toHaveText([/^物理系党支部 · 保存于 \d+月\d+日 \d\d:\d\d$/]);

  await page.getByRole('button', { name: '复制草稿' }).click();
  await expect(pick.locator('option')).toHaveCount(2);
  await expect(group(page, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeChecked();
  await page.getByRole('button', { name: '重命名' }).click();
  await expect(page.getByRole('textbox', { name: '草稿名称' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: '草稿名称' })).toHaveValue('物理系党支部（副本）');
  await page.getByRole('textbox', { name: '草稿名称' }).fill('给化学系代填');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('button', { name: '重命名' })).toBeFocused();
  await orgField(page).fill('化学系党支部');
  await expect(pick.locator('option:checked')).toHaveText(/^给化学系代填 · 化学系党支部 · 保存于/);

  // A new draft is listed at once but stored only when something is typed into it.
  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(orgField(page)).toHaveValue('');
  await expect(pick.locator('option')).toHaveCount(3);
  await expect(pick.locator('option:checked')).toHaveText('未命名草稿 · 尚未保存');
  await orgField(page).fill('数学系党支部');
  await expect(pick.locator('option:checked')).toHaveText(/^数学系党支部 · 保存于/);

  await pick.selectOption({ label: (await pick.locator('option', { hasText: '物理系党支部' }).textContent())! });
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await page.getByRole('button', { name: '删除草稿' }).click();
  await expect(page.locator('.drafts-news')).toContainText('已删除草稿“物理系党支部”');
  await expect(pick.locator('option')).toHaveCount(2);
  await page.getByRole('button', { name: '撤销删除' }).click();
  await expect(pick.locator('option')).toHaveCount(3);
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await expect(pick).toBeFocused();
  await page.reload();
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await expect(pick.locator('option')).toHaveCount(3);
});

test('answers to items a later edition dropped are reported and kept', async ({ page }) => {
  const old = draft('old', { orgName: '物理系党支部', answers: { 'zhibu.dues': { self: '达标' }, 'zhibu.retired-item': { self: '未达标', note: '旧版条目' } } });
  await seed(page, { 'handbook:checklist:old': envelope(old), 'handbook:active:checklist:zhibu': 'old' });
  await openForm(page);
  await expect(page.locator('.ck-orphans')).toContainText('有 1 条答案对应的条目已不在当前版本的登记表中（编号 zhibu.retired-item）');
  await answer(page, '班子任期', '自评是否达标', '达标');
  const saved = async () => JSON.parse((await stored(page))['handbook:checklist:old']).data;
  await expect.poll(async () => (await saved()).answers['zhibu.term']).toEqual({ self: '达标' });
  const data = await saved();
  expect(data.answers['zhibu.retired-item']).toEqual({ self: '未达标', note: '旧版条目' });
  expect(data.answers['zhibu.term']).toEqual({ self: '达标' });
});

test('a new draft starts with the organisation this browser remembers, on the matching form only', async ({ page }) => {
  await seed(page, { 'handbook:profile': envelope({ name: '物理系党支部', kind: '党支部' }) });
  await openForm(page);
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(orgField(page)).toHaveValue('物理系党支部');
  await openForm(page, 'zongzhi');
  await expect(page.getByRole('textbox', { name: '申报达标的党总支名称', exact: true })).toHaveValue('');
});
