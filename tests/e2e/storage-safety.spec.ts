// What the shared drafts storage promises, checked on the work ledger in a real browser: a record
// this page cannot read is never overwritten (storage really filled to its limit, a real
// newer-version record from another tab), both tabs of a same-field clash are told, a new message
// replaces old ones, a damaged remembered organisation is reported and downloadable, the browser is
// asked to keep the data, and the CSV opens in a spreadsheet as text, never as formulas.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { soffice } from '../soffice';

// Filling storage to its limit, two tabs and LibreOffice take longer than the default 30 s.
test.describe.configure({ timeout: 180_000 });

const route = '/tasks/2022-04/';
const prefix = 'handbook:ledger:';
const meeting = '召开一次党员大会';

async function open(page: Page) {
  await page.goto(route);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
}

const note = (page: Page, title = meeting) =>
  page.locator('.ledger-item').filter({ has: page.getByRole('checkbox', { name: title, exact: true }) }).getByLabel('备注（如会议记录存放处）');
const status = (page: Page) => page.locator('.drafts-status');
const alerts = (page: Page) => page.locator('.drafts-alert');
const news = (page: Page) => page.locator('.drafts-news');

/** Types a note and waits until storage holds it (the status keeps the last save's time while pending). */
async function saveNote(page: Page, text: string, title = meeting) {
  await note(page, title).fill(text);
  await expect(status(page)).toHaveText(/已自动保存/);
  await expect.poll(async () => (await stored(page, await openKey(page))) ?? '').toContain(JSON.stringify(text).slice(1, -1));
}

/** The storage key of the open draft. */
const openKey = async (page: Page) => prefix + (await page.evaluate(() => localStorage.getItem('handbook:active:ledger:2022-04')));
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const keys = (page: Page) => page.evaluate(() => Object.keys(localStorage));

/** Fills localStorage to its real limit, halving the chunk until not one more character fits. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    let written = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler:${n++}`, chunk);
        written += chunk.length;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return written;
  });
}
const freeStorage = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => localStorage.removeItem(k)));

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}
/** The download button of the problem whose message contains `text`. */
const downloadOf = (page: Page, text: string) => alerts(page).locator('p', { hasText: text }).getByRole('button', { name: '下载这份数据' });

/** An envelope as a newer version of the site would write it. */
const newer = (id: string) => JSON.stringify({ schemaVersion: 7, savedAt: '2026-11-20T08:00:00.000Z', data: { id, month: '2022-04', items: ['新版本的结构'] } });

test('a damaged record under the open draft is never overwritten, even with storage full', async ({ page }) => {
  await open(page);
  await saveNote(page, '第一稿');
  const key = await openKey(page);
  const damaged = '{"schemaVersion":1,"data":"' + '损坏'.repeat(200_000);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, damaged]);
  expect(await fillStorage(page)).toBeGreaterThan(1_000_000);

  await note(page).fill('第二稿');
  await expect(status(page)).toHaveText('未保存');
  await expect(alerts(page)).toContainText('未保存：浏览器存储空间已满，无法先另存本页无法读取的原有数据，为了不覆盖它，没有保存。填写的内容仍在本页');
  await expect(alerts(page)).toContainText('有一份保存的数据无法读取：保存的数据已损坏（不是有效的 JSON）。它已原样保留，没有删除。');
  expect(await stored(page, key)).toBe(damaged);
  // The download is the record that is kept, byte for byte, not this page's draft.
  expect(await downloadText(page, () => downloadOf(page, '已损坏').click())).toBe(damaged);
  await expect(note(page)).toHaveValue('第二稿');

  // With room again, the next save first sets the record aside, then saves the draft.
  await freeStorage(page);
  await note(page).fill('第三稿');
  await expect(status(page)).toHaveText(/已自动保存/);
  const aside = (await keys(page)).filter((k) => k.startsWith(`${key}:corrupt:`));
  expect(aside).toHaveLength(1);
  expect(await stored(page, aside[0])).toBe(damaged);
  expect(await stored(page, key)).toContain('第三稿');
  await expect(alerts(page)).not.toContainText('未保存');
  expect(await downloadText(page, () => downloadOf(page, '另存').click())).toBe(damaged);
});

test('a newer version’s record from another tab is labelled as newer, set aside before a save, and refused over when it cannot be', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await saveNote(a, '本页的记录');
  const key = await openKey(a);
  const b = await context.newPage();
  await open(b);
  const theirs = newer(key.slice(prefix.length));
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [key, theirs]);

  // Tab A hears of it: labelled as a newer version's, not as damage.
  await expect(alerts(a)).toContainText('这份数据来自更新版本的网站（版本 7），当前页面只支持到版本 1。它已原样保留，没有删除。');
  await expect(alerts(a)).not.toContainText('无法读取');
  expect(await downloadText(a, () => downloadOf(a, '更新版本').click())).toBe(theirs);

  // Storage full: A's next keystroke must not replace it.
  await fillStorage(a);
  await note(a).fill('本页的新记录');
  await expect(status(a)).toHaveText('未保存');
  await expect(alerts(a)).toContainText('为了不覆盖它，没有保存');
  expect(await stored(a, key)).toBe(theirs);
  expect(await downloadText(a, () => downloadOf(a, '更新版本').click())).toBe(theirs);

  // With room, it is set aside (still labelled newer) and A's draft is saved.
  await freeStorage(a);
  await note(a).fill('本页的第三稿');
  await expect(status(a)).toHaveText(/已自动保存/);
  const aside = (await keys(a)).filter((k) => k.startsWith(`${key}:corrupt:`));
  expect(aside).toHaveLength(1);
  expect(await stored(a, aside[0])).toBe(theirs);
  await expect(alerts(a)).toContainText(/这份数据来自更新版本的网站（版本 7），当前页面只支持到版本 1（.*另存）。它已原样保留/);
  await expect(alerts(a)).not.toContainText('损坏');
  expect(await downloadText(a, () => downloadOf(a, '更新版本').click())).toBe(theirs);
  await a.reload();
  await expect(alerts(a)).toContainText('这份数据来自更新版本的网站（版本 7）');
  await expect(alerts(a)).not.toContainText('损坏');
});

test('both tabs are told which text was kept when they change the same field at once', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await saveNote(a, '初稿');
  const b = await context.newPage();
  // B hears of other tabs' saves only while `hold` is off: as when both type at the same moment.
  await b.addInitScript(() => {
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      const gated = type === 'storage' && typeof listener === 'function' ? (e: Event) => (window as { hold?: boolean }).hold || listener(e) : listener;
      return add.call(this, type, gated, options);
    } as typeof window.addEventListener;
  });
  await open(b);
  await expect(note(b)).toHaveValue('初稿');
  await b.evaluate(() => ((window as { hold?: boolean }).hold = true));
  await saveNote(a, '甲写的备注');
  await saveNote(b, '乙写的备注');
  await expect(news(b)).toHaveText('另一个标签页同时修改了同一处内容，保留了本页的修改。');
  await expect(news(a)).toHaveText('另一个标签页同时修改了同一处内容，保留了那个标签页的修改。');
  await expect(note(a)).toHaveValue('乙写的备注');
  expect(await stored(a, await openKey(a))).toContain('乙写的备注');
});

test('a new message replaces the old one: no success beside a later failure', async ({ page }) => {
  await open(page);
  await saveNote(page, '要备份的记录');
  const backup = await downloadText(page, () => page.getByRole('button', { name: '导出备份文件' }).click());
  const choose = async (name: string, text: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入备份…' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await choose('ledger.json', backup);
  await expect(news(page)).toContainText('已导入为新草稿');
  await choose('empty.json', '');
  await expect(alerts(page)).toContainText('导入失败：文件是空的');
  await expect(news(page)).toHaveText('');
  await choose('ledger.json', backup);
  await expect(news(page)).toContainText('已导入为新草稿');
  await expect(alerts(page)).toHaveText('');
});

test('a damaged remembered organisation is set aside, reported and downloadable', async ({ page }) => {
  const broken = '{"schemaVersion":1,"savedAt":"2026-11-20T08:00:00.000Z","data":{"name":"物理系党支部","kind":"党委"}}';
  await page.goto('/');
  await page.evaluate((v) => localStorage.setItem('handbook:profile', v), broken);
  await open(page);
  await expect(alerts(page)).toContainText('有一份保存的数据无法读取：记住的组织信息：保存的数据内容不合规（kind）。它已原样保留，没有删除。');
  const aside = (await keys(page)).filter((k) => k.startsWith('handbook:profile:corrupt:'));
  expect(aside).toHaveLength(1);
  expect(await stored(page, aside[0])).toBe(broken);
  expect(await downloadText(page, () => downloadOf(page, '记住的组织信息').click())).toBe(broken);
  // The case writer reports it too.
  await page.goto('/templates/case/write/');
  await expect(alerts(page)).toContainText('记住的组织信息：保存的数据内容不合规（kind）');
});

test('after the first save the browser is asked to keep the data, and the notice says its answer and the space used', async ({ page }) => {
  await page.addInitScript(() => {
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function () {
      (window as { asked?: number }).asked = ((window as { asked?: number }).asked ?? 0) + 1;
      return persist.call(this);
    };
  });
  await open(page);
  await expect(page.locator('.drafts-keep')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { asked?: number }).asked)).toBeUndefined();
  await saveNote(page, '第一条记录');
  const keep = page.locator('.drafts-keep');
  await expect(keep).toContainText(/本站已用约 \d+ KB。$/);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(keep).toContainText(persisted ? '浏览器已同意长期保留本站数据。' : '浏览器未同意长期保留本站数据，空间不足时可能清除。');
  expect(await page.evaluate(() => (window as { asked?: number }).asked)).toBe(persisted ? undefined : 1);
  // The figure covers the drafts in localStorage.
  const kb = Number((await keep.textContent())!.match(/约 (\d+) KB/)![1]);
  const local = await page.evaluate(() => JSON.stringify(localStorage).length * 2);
  expect(kb).toBeGreaterThanOrEqual(Math.floor(local / 1024));
  await saveNote(page, '第二条记录');
  expect(await page.evaluate(() => (window as { asked?: number }).asked)).toBe(persisted ? undefined : 1);
});

/** Task, note typed, the cell a spreadsheet must show. */
const attacks: [string, string, string][] = [
  ['召开一次党员大会', '=1+1', "'=1+1"],
  ['开展警示案例教育', '＝SUM(1,2)', "'＝SUM(1,2)"],
  ['组织主题党日活动', ' -2+3', "' -2+3"],
  ['制定2022年党员发展计划', '\n=1+1', "'\n=1+1"],
  ['开展党员示范岗评选', '@SUM(1;2)', "'@SUM(1;2)"],
  // Harmless as one cell; quoted so that spreadsheets splitting on ; keep it one.
  ['开展入党积极分子“大培训”', 'a;=1+1', 'a;=1+1'],
];

test('the CSV export reads back cell for cell, and LibreOffice opens every cell as text, not a formula', async ({ page }) => {
  await open(page);
  for (const [title, text] of attacks) await saveNote(page, text, title);
  const csv = await downloadText(page, () => page.getByRole('button', { name: '导出表格（CSV）' }).click());
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: true });
  for (const [title, , cell] of attacks) expect(rows.find((r) => r[1] === title)?.[6], title).toBe(cell);

  // Opened splitting on both , and ; (as in locales whose list separator is ;). The same notes
  // written as they are must come out as formulas, or this check proves nothing.
  const naiveCsv = '\uFEFF' + attacks.map(([, text]) => `x,${text}`).join('\r\n');
  const read = soffice({ 'ledger.csv': csv, 'naive.csv': naiveCsv }, ['--infilter=CSV:44/59,34,76,1', '--convert-to', 'fods']);
  if (!read) return;
  const naive = read('naive.fods').toString('utf8');
  expect(naive.match(/table:formula=/g)?.length ?? 0).toBeGreaterThanOrEqual(3); // LibreOffice runs =, \n= and ;=
  const sheet = read('ledger.fods').toString('utf8');
  expect(sheet).not.toContain('table:formula=');
  const unxml = (s: string) => s.replace(/<text:s\/>/g, ' ').replace(/<text:line-break\/>/g, '\n').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const cells = [...sheet.matchAll(/<table:table-cell[^>]*>([\s\S]*?)<\/table:table-cell>/g)].map((m) =>
    [...m[1].matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => unxml(p[1])).join('\n'),
  );
  for (const [title, , cell] of attacks) expect(cells, title).toContain(cell);
});
