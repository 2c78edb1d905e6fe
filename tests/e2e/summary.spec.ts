// The summary page: importing batches of branches' backups, the matrix and its totals, filters,
// one organisation's form, CSV, keeping the set, and what happens when storage misbehaves.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { backupFile, batch, formSpec, patterned, savedAt, type GeneratedFile } from '../summary-files';
import { matrix, matrixCells, openSummary, pick, rowOf } from '../summary-page';

const zhibu = formSpec('zhibu');
const itemNames = zhibu.categories.flatMap((c) => c.items.map((i) => i.name));
const row = (met: number) => itemNames.map((_, j) => (j < met ? '达标' : j === met ? '未达标' : '未填'));

// 22 党支部 (k = 0 … 20, 0 items met) and 2 党总支; two bad files; an older copy of 测试党支部004.
const good = [...batch('zhibu', 22), ...batch('zongzhi', 2)];
const damaged: GeneratedFile = { name: '损坏的文件.json', text: good[0].text.slice(0, 120) };
const notBackup: GeneratedFile = { name: '会议记录.json', text: JSON.stringify({ title: '会议记录', items: [] }) };
const allMet = (i: number) => ({ ...patterned('zhibu', i), answers: Object.fromEntries(zhibu.categories.flatMap((c) => c.items.map((it) => [it.id, { self: '达标' as const }]))) });
const older004: GeneratedFile = { ...backupFile(allMet(3), new Date(Date.UTC(2026, 10, 19, 8)).toISOString()), name: '测试党支部004-旧版.json' };
const firstBatch = [...good.slice(0, 5), damaged, ...good.slice(5, 12), notBackup, ...good.slice(12), older004];

const stored = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbook:summary:')));

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** CSV as Excel reads it: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...fields, field]), (fields = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

test('a batch with two bad files and an older duplicate: counts, reasons and the kept version', async ({ page }) => {
  await openSummary(page);
  await expect(page.getByText('还没有导入登记表。')).toBeVisible();
  await pick(page, firstBatch);
  await expect(page.getByRole('status')).toHaveText('共 27 个文件：新增 24 份登记表，1 个文件没有带来新内容，2 个文件未导入（原因见下）。');
  const outcomes = page.locator('.sm-outcomes li');
  await expect(outcomes).toHaveCount(3);
  await expect(outcomes.nth(0)).toHaveText('损坏的文件.json：文件已损坏或不是备份文件（不是有效的 JSON）。');
  await expect(outcomes.nth(1)).toHaveText('会议记录.json：这不是本网站导出的自评登记表备份文件。');
  await expect(outcomes.nth(2)).toHaveText('测试党支部004-旧版.json：「测试党支部004」已有的自评（保存于 2026年11月20日 16:03）和上级验收和验收结果（验收组织未注明，保存于 2026年11月20日 16:03）都不比这个文件中的旧，没有改动。');
  await expect(page.getByText('已导入 24 份登记表（党支部 22 份，党总支 2 份）')).toBeVisible();
  await expect(page.getByRole('radio', { name: '党支部（22 份）' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '党总支（2 份）' })).toBeVisible();

  const cells = await matrixCells(page);
  expect(cells).toHaveLength(22);
  // The newer 测试党支部004 (3 met) was kept, not the older all-met copy.
  expect(await rowOf(page, '测试党支部004')).toEqual(['测试党支部004', '3 / 4', ...row(3)]);
  expect(await rowOf(page, '测试党支部021')).toEqual(['测试党支部021', '20 / 20', ...row(20)]);
  expect(await rowOf(page, '测试党支部022')).toEqual(['测试党支部022', '0 / 1', ...row(0)]);
  // Item j is met by the 20 − j organisations with more than j items met.
  const totals = await matrix(page).locator('tfoot td').allTextContents();
  // Item j: met by 20 − j, not met by those with exactly j met (two for j = 0), the rest 未填 —
  // which never counts: the share is of the answered, rounded to the nearest per cent.
  const counts = (j: number) => ({ met: 20 - j, answered: 20 - j + (j === 0 ? 2 : 1) });
  expect(totals).toEqual(['共 22 个', ...itemNames.map((_, j) => {
    const { met, answered } = counts(j);
    return `${Math.round((met * 100) / answered)}%（${met}/${answered}${answered < 22 ? `，未填 ${22 - answered}` : ''}）`;
  })]);
  await expect(page.getByRole('heading', { name: '班子队伍建设 达标 94%（90/96，未填 14）' })).toBeVisible(); // (20+19+18+17+16) / (22+20+19+18+17)
  expect(await stored(page)).toHaveLength(24);

  // A newer copy replaces it, and says so; the set survives a reload.
  const newer004 = { ...backupFile(allMet(3), savedAt(50)), name: '测试党支部004-新版.json' };
  await pick(page, [newer004, good[1]]);
  // Its 自评 is newer; it has no review, so the one already here stays.
  await expect(page.getByRole('status')).toHaveText('共 2 个文件：新增 0 份登记表，合并 1 份（见下），1 个文件没有带来新内容。');
  await expect(page.locator('.sm-outcomes li').nth(0)).toHaveText('测试党支部004-新版.json：「测试党支部004」采用了这个文件中较新的自评（保存于 2026年11月20日 16:50）；保留了已有的上级验收和验收结果（验收组织未注明，保存于 2026年11月20日 16:03），这个文件里的验收较旧或没有验收。注意：这份验收是在这次自评修改之前做的，请验收组织确认。');
  await expect(page.locator('.sm-outcomes li').nth(1)).toContainText('「测试党支部002」的这份登记表已经有了，没有改动。');
  expect(await rowOf(page, '测试党支部004')).toEqual(['测试党支部004', '20 / 20', ...row(20)]);
  await openSummary(page);
  await expect(matrix(page).locator('tbody tr')).toHaveCount(22);
  expect(await rowOf(page, '测试党支部004')).toEqual(['测试党支部004', '20 / 20', ...row(20)]);
  await page.getByRole('radio', { name: '党总支（2 份）' }).check();
  expect((await matrixCells(page)).map((r) => r[0])).toEqual(['测试党总支001', '测试党总支002']);
});

test('files dropped on the page are imported', async ({ page }) => {
  await openSummary(page);
  const files = batch('zhibu', 3);
  const data = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  await page.locator('.sm-drop').dispatchEvent('dragover', { dataTransfer: data });
  await expect(page.locator('.sm-drop')).toHaveClass(/is-over/);
  await page.locator('.sm-drop').dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByRole('status')).toHaveText('共 3 个文件：新增 3 份登记表。');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(3);
});

test('filters, sorting and the superior’s column', async ({ page }) => {
  await openSummary(page);
  await pick(page, batch('zhibu', 22));
  await expect(matrix(page).locator('tbody tr')).toHaveCount(22);

  await page.getByLabel('显示组织').selectOption({ label: '有未达标项的组织' });
  expect((await matrixCells(page)).map((r) => r[0])).not.toContain('测试党支部021');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(21);
  await expect(matrix(page).locator('caption')).toContainText('显示 21 个党支部，共 22 个；只显示有未达标项的组织');

  await page.getByLabel('显示组织').selectOption({ label: '全部组织' });
  await page.getByLabel('显示条目').selectOption({ label: '达标率低于 80% 的条目' });
  // Item j is met by 20 − j of the 21 − j that answered it: below 80% from j = 17 on.
  await expect(matrix(page).locator('thead .sm-items th')).toHaveText(itemNames.slice(17));
  await expect(page.getByRole('heading', { name: '班子队伍建设 达标 94%（90/96，未填 14）' })).toBeVisible(); // totals ignore filters

  await page.getByLabel('显示条目').selectOption({ label: '全部条目' });
  await page.getByLabel('组织排序').selectOption({ label: '达标项从多到少' });
  expect((await matrixCells(page)).map((r) => r[1]).slice(0, 3)).toEqual(['20 / 20', '19 / 20', '18 / 19']);

  await page.getByRole('radio', { name: '上级验收是否达标' }).check();
  // Only every third organisation (001, 004, …) has the superior's verdicts.
  expect(await rowOf(page, '测试党支部002')).toEqual(['测试党支部002', '0 / 0', ...itemNames.map(() => '未填')]);
  expect(await rowOf(page, '测试党支部004')).toEqual(['测试党支部004', '3 / 4', ...row(3)]);
  await expect(matrix(page).locator('caption')).toContainText('（上级验收是否达标）');
});

test('the CSV export is the matrix on screen, with a BOM for Excel', async ({ page }) => {
  await openSummary(page);
  await pick(page, [...batch('zhibu', 6), ...batch('zongzhi', 1)]);
  await page.getByLabel('显示组织').selectOption({ label: '有未达标项的组织' });
  const file = await downloadText(page, () => page.getByRole('button', { name: '导出表格（CSV）' }).click());
  expect(file.name).toMatch(/^党支部登记表汇总-自评-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(file.text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(file.text.slice(1));
  expect(rows[0]).toEqual(['党支部标准化建设考核验收登记表汇总（自评是否达标）']);
  const header = await matrix(page).locator('thead .sm-items th').allTextContents();
  expect(rows[2]).toEqual(['党支部名称', '达标项数（共20项）', '已填项数', ...header, '保存时间', '验收组织']);
  const screen = await matrixCells(page);
  const body = rows.slice(3, -1);
  expect(body.map((r) => [r[0], `${r[1]} / ${r[2]}`, ...r.slice(3, -2)])).toEqual(screen);
  expect(body.map((r) => r.at(-2))).toEqual(screen.map((_, i) => `2026年11月20日 16:0${i}`));
  expect(body.map((r) => r.at(-1))).toEqual(screen.map(() => ''));
  const totals = await matrix(page).locator('tfoot td').allTextContents();
  expect(rows.at(-1)!.slice(3, -2)).toEqual(totals.slice(1));
});

test('the print button shows the matrix and opens the browser’s print', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', String(document.querySelectorAll('.sm-matrix tbody tr').length));
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await openSummary(page);
  await pick(page, batch('zhibu', 3));
  await expect(page.getByRole('radio', { name: '逐个组织' })).toBeChecked();
  await expect(page.getByText('党支部标准化建设考核验收登记表汇总（自评是否达标）：显示 3 个党支部，共 3 个')).toBeVisible();
  await page.getByRole('button', { name: '打印汇总表' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '3');
  await expect(page.getByRole('radio', { name: '总表' })).toBeChecked();
});

test('clearing asks first, and a cancelled clear keeps everything', async ({ page }) => {
  await openSummary(page);
  await pick(page, batch('zhibu', 3));
  await expect(matrix(page).locator('tbody tr')).toHaveCount(3);
  let asked = '';
  page.once('dialog', (d) => ((asked = d.message()), d.dismiss()));
  await page.getByRole('button', { name: '清空已导入的登记表…' }).click();
  expect(asked).toContain('确定清空已导入的 3 份登记表吗？');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(3);
  expect(await stored(page)).toHaveLength(3);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '清空已导入的登记表…' }).click();
  await expect(page.getByRole('status')).toHaveText('已清空 3 份登记表。');
  await expect(page.getByText('还没有导入登记表。')).toBeVisible();
  expect(await stored(page)).toEqual([]);
  await openSummary(page);
  await expect(page.getByText('还没有导入登记表。')).toBeVisible();
});

test('an organisation’s whole form, read-only, with next and previous, back and remove', async ({ page }) => {
  await openSummary(page);
  await pick(page, batch('zhibu', 5));
  await page.getByRole('button', { name: '测试党支部003' }).click();
  await expect(page.getByRole('heading', { name: zhibu.title })).toBeFocused();
  await expect(page.getByText('申报达标的党支部名称：测试党支部003')).toBeVisible();
  const form = page.getByRole('region', { name: `${zhibu.title}（打印版）` });
  for (const [j, name] of itemNames.entries()) {
    const tr = form.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(tr.locator('td.answer').first(), name).toHaveText(j < 2 ? '达标' : j === 2 ? '未达标' : '');
  }
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByText('第 3 个，共 5 个')).toBeVisible();
  await page.getByRole('button', { name: '下一个' }).click();
  await expect(page.getByText('申报达标的党支部名称：测试党支部004')).toBeVisible();
  await page.getByRole('button', { name: '返回汇总' }).click();
  await expect(page.getByRole('button', { name: '测试党支部004' })).toBeFocused();

  await page.getByRole('button', { name: '测试党支部004' }).click();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '从汇总中移除' }).click();
  await expect(page.getByRole('status')).toHaveText('已从汇总中移除「测试党支部004」。');
  expect((await matrixCells(page)).map((r) => r[0])).toEqual(['测试党支部001', '测试党支部002', '测试党支部003', '测试党支部005']);
  expect(await stored(page)).toHaveLength(4);
});

test('a damaged stored record is kept aside and reported; the others still show', async ({ page }) => {
  await openSummary(page);
  await pick(page, batch('zhibu', 3));
  await expect(matrix(page).locator('tbody tr')).toHaveCount(3);
  const key = (await stored(page))[0];
  await page.evaluate((k) => localStorage.setItem(k, '{"schemaVersion":1,"savedAt":'), key);
  await openSummary(page);
  await expect(page.getByRole('alert')).toContainText('有一份保存的汇总数据无法读取：保存的数据已损坏（不是有效的 JSON）。它已原样保留，没有删除。');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(2);
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes(':corrupt:')).map(([, v]) => v));
  expect(kept).toEqual(['{"schemaVersion":1,"savedAt":']);
  const file = await downloadText(page, () => page.getByRole('button', { name: '下载这份数据' }).click());
  expect(file.text).toBe('{"schemaVersion":1,"savedAt":');
});

test('when the browser refuses to save, the imported set still shows and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openSummary(page);
  await pick(page, batch('zhibu', 4));
  await expect(page.getByRole('alert')).toHaveText('有 4 份登记表未能保存到浏览器（浏览器存储空间已满）。它们仍显示在本页，但刷新或关闭页面后需要重新导入这些文件。');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(4);
});

test('another tab’s import shows here too', async ({ page, context }) => {
  await openSummary(page);
  const other = await context.newPage();
  await openSummary(other);
  await pick(other, batch('zhibu', 2));
  await expect(matrix(page).locator('tbody tr')).toHaveCount(2);
});

test('on a phone: one card per organisation, no page-wide horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openSummary(page);
  await pick(page, batch('zhibu', 4));
  await expect(page.getByRole('radio', { name: '逐个组织' })).toBeChecked();
  const card = page.locator('.sm-cards li').filter({ hasText: '测试党支部003' });
  await expect(card).toContainText('达标 2 · 未达标 1 · 未填 17（共 20 项）');
  await expect(card).toContainText(`未达标：${itemNames[2]}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await card.getByRole('button', { name: '测试党支部003' }).click();
  await expect(page.getByRole('heading', { name: zhibu.title })).toBeFocused();
});

test('keyboard: import, switch views and open a form without a mouse', async ({ page }) => {
  await openSummary(page);
  await pick(page, batch('zhibu', 3));
  await page.getByRole('radio', { name: '总表' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '逐个组织' })).toBeChecked();
  await page.getByRole('button', { name: '测试党支部002' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: zhibu.title })).toBeFocused();
  await page.getByRole('button', { name: '返回汇总' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '测试党支部002' })).toBeFocused();
});

test('without JavaScript the page says what it needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/summary/');
  await expect(page.getByText('汇总需要启用 JavaScript')).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(1); // the header's search button
  await context.close();
});

test('everything on the page runs under the Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await openSummary(page);
  await pick(page, [...batch('zhibu', 3), damaged]);
  await expect(matrix(page).locator('tbody tr')).toHaveCount(3);
  await page.getByRole('radio', { name: '逐个组织' }).check();
  await page.getByRole('button', { name: '测试党支部002' }).click();
  await downloadText(page, () => page.getByRole('button', { name: '返回汇总' }).click().then(() => page.getByRole('button', { name: '导出表格（CSV）' }).click()));
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with data, messages, cards and a form showing (${colorScheme})`, async ({ page }) => {
    test.slow(); // three full axe scans
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => localStorage.setItem('handbook:summary:bad', '{'));
    await openSummary(page);
    await pick(page, [...firstBatch.slice(0, 8), damaged, older004]);
    await expect(page.getByRole('alert')).toContainText('无法读取');
    await page.getByLabel('显示条目').selectOption({ label: '达标率低于 80% 的条目' });
    const scan = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await scan('matrix');
    await page.getByRole('radio', { name: '逐个组织' }).check();
    await scan('cards');
    await page.getByRole('button', { name: '测试党支部004' }).click();
    await scan('form');
  });
}
