// The dues roll on the shared branch draft: 12 members over six months, totals, a mid-year base
// change, payments; the 公示 printed (PDF read back), as CSV and as .xlsx (unzipped, and opened
// by LibreOffice where installed); the 党费公示 record it leaves; the budget with a branch stored.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { members, storedBranch } from '../dues-branch';
import { pdfContains, readPdf } from '../pdf';
import { soffice } from '../soffice';

// The machine these run on is shared and slow; the roll test clicks through a lot.
test.describe.configure({ timeout: 180_000 });

async function openRoll(page: Page) {
  await page.clock.setFixedTime(new Date('2026-07-01T10:00:00+08:00'));
  const [key, value] = storedBranch();
  await page.addInitScript(([k, v]) => {
    if (!localStorage.getItem(k)) localStorage.setItem(k, v);
    window.print = () => document.body.setAttribute('data-printed', 'yes');
    addEventListener('securitypolicyviolation', (e) => document.documentElement.setAttribute('data-csp', e.violatedDirective));
  }, [key, value]);
  await page.goto('/dues/');
  // A stored branch opens the roll without asking.
  await expect(page.getByLabel('组织名称')).toHaveValue('物理系党支部', { timeout: 30_000 });
  await page.getByLabel('年份').selectOption('2026');
  await page.getByRole('radio', { name: '1–6月' }).check();
}

const cell = (page: Page, name: string, col: number) => page.locator('.dues-table tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) }).locator('td').nth(col);
const totals = (page: Page) => page.locator('.dues-table tfoot td');

test('a roll of 12 members over six months: dues by rule, a base change from April, payments and totals', async ({ page }) => {
  await openRoll(page);
  await expect(page.locator('.dues-table tbody tr')).toHaveCount(12);
  for (const [name, , , owed, probation] of members) {
    await expect(cell(page, name, 1), name).toContainText(probation ? '尚未成为预备党员' : owed);
    await expect(cell(page, name, 6), name).toContainText(owed);
  }
  // 1–2月: 715.70 a month; from 3月 孙丽 (预备党员) adds 0.20.
  await expect(totals(page).nth(1)).toContainText('应交 715.70');
  await expect(totals(page).nth(3)).toContainText('应交 715.90');
  await expect(totals(page).nth(7)).toHaveText('4295.00');

  // 张伟's pay rises to 5100 from April: 76.50 from then on, Jan–Mar unchanged.
  await page.getByRole('button', { name: '设置张伟' }).click();
  await page.getByLabel('党费基数（元/月）').fill('5100');
  await page.getByLabel('基数起始月份').selectOption('2026-04');
  await page.getByRole('button', { name: '保存基数' }).click();
  await expect(page.locator('.dues-history')).toContainText('2026年4月起：在职，党费基数 5100.00 元');
  await expect(cell(page, '张伟', 3)).toContainText('15.00');
  await expect(cell(page, '张伟', 4)).toContainText('76.50');
  await expect(totals(page).nth(4)).toContainText('应交 777.40');
  await expect(totals(page).nth(7)).toHaveText('4479.50');

  // Everyone who owed in January pays; 刘洋 pays 80.00 in February.
  for (const [name, , , , probation] of members) if (!probation) await page.getByRole('checkbox', { name: `${name}1月已交`, exact: true }).check();
  await page.getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: '设置刘洋' }).click();
  await page.getByLabel('2月实交金额（元）').fill('80');
  await page.getByLabel('2月实交金额（元）').blur();
  await page.getByLabel('2月交纳日期').fill('2026-02-10');
  await expect(cell(page, '刘洋', 2)).toContainText('实交 80.00');
  await expect(totals(page).nth(1)).toContainText('实交 715.70');
  await expect(totals(page).nth(8)).toHaveText('795.70');
  expect((await new AxeBuilder({ page }).include('.dues-roll').analyze()).violations).toEqual([]);

  // Kept after a reload.
  await page.reload();
  await page.getByRole('radio', { name: '1–6月' }).check();
  await expect(totals(page).nth(8)).toHaveText('795.70');
  await expect(totals(page).nth(7)).toHaveText('4479.50');
});

test('the 公示 prints on A4 with names, months, totals, rule, deduction setting, date and the secretary line, and is recorded once', async ({ page }) => {
  await openRoll(page);
  await page.getByRole('checkbox', { name: '张伟1月已交', exact: true }).check();
  await page.getByRole('button', { name: '打印公示' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages).toHaveLength(1);
  expect([Math.round(pages[0].width), Math.round(pages[0].height)]).toEqual([595, 842]);
  const text = pages[0].text;
  for (const phrase of [
    '物理系党支部党费收缴情况公示（2026年1–6月）', '1张伟15.00/15.0015.00/未交', '6杨帆200.00/未交', '12孙丽——0.20/未交', '合计715.70/15.00715.70/0.00715.90/0.00',
    '4295.0015.00', '中组发〔2008〕3号', '计算基数为扣除个人所得税、住房公积金后的收入', '四舍五入', '公示日期：2026年7月1日', '支部书记（签字）',
  ]) expect(pdfContains(text, phrase), phrase).toBe(true);
  // Income is not on the 公示, nor anything of the screen.
  for (const absent of ['3000.00', '5000.01', '党费基数', '打印公示', '草稿与备份', '党费计算器']) expect(pdfContains(text, absent), absent).toBe(false);

  // The print left one 党费公示 record in the branch; printing again adds none.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '打印公示' }).click();
  const records = await page.evaluate(() => JSON.parse(localStorage.getItem('handbook:branch:duestest')!).data.records);
  expect(Object.values(records)).toEqual([expect.objectContaining({ type: '党费公示', date: '2026-07-01', theme: '2026年1–6月党费收缴情况公示' })]);

  // The widest 公示, the other half-year with each member's base listed, keeps every column on the
  // paper (the last was cut off: cells now wrap after 应交/).
  await page.getByRole('radio', { name: '7–12月' }).check();
  await page.getByRole('checkbox', { name: '公示中列出党费基数（收入）' }).check();
  for (const name of ['杨帆', '陈静', '徐明', '刘洋']) for (const m of [7, 8, 9, 10, 11, 12]) await page.getByRole('checkbox', { name: `${name}${m}月已交`, exact: true }).check();
  await page.emulateMedia({ media: 'print' });
  const wide = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  for (const p of wide) for (const i of p.items) expect(i.x + i.width, `“${i.str}” inside the page`).toBeLessThanOrEqual(p.width - 20);
  expect(pdfContains(wide.map((p) => p.text).join(''), '计算基数')).toBe(true);
  expect(pdfContains(wide.map((p) => p.text).join(''), '实交合计')).toBe(true);
});

/** Cells of the first sheet of an .xlsx, by reference (A1 …), read from its XML. */
function xlsxCells(data: Uint8Array): Record<string, string> {
  const files = unzipSync(data);
  const xml = (n: string) => (files[n] ? strFromU8(files[n]) : '');
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const out: Record<string, string> = {};
  for (const m of xml('xl/worksheets/sheet1.xml').matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, inner = ''] = m;
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
    out[ref] = /t="s"/.test(attrs) && v !== undefined ? shared[Number(v)] : unescape(inline ?? v ?? '');
  }
  return out;
}

const colName = (j: number) => String.fromCharCode(65 + j);

test('the 公示 as CSV and .xlsx: the same cells, Chinese intact, no income; LibreOffice opens the .xlsx', async ({ page }) => {
  await openRoll(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出公示（CSV）' }).click()]);
  expect(csvFile.suggestedFilename()).toBe('物理系党支部-党费公示2026年1–6月-2026-07-01.csv');
  const csvText = readFileSync(await csvFile.path()).toString('utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const csvRows = csvText.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
  expect(csvRows[0]).toEqual(['物理系党支部党费收缴情况公示（2026年1–6月）']);
  expect(csvRows[2]).toEqual(['1', '张伟', '15.00 / 未交', '15.00 / 未交', '15.00 / 未交', '15.00 / 未交', '15.00 / 未交', '15.00 / 未交', '90.00', '0.00']);
  expect(csvRows[14]).toEqual(['合计', '', '715.70 / 0.00', '715.70 / 0.00', '715.90 / 0.00', '715.90 / 0.00', '715.90 / 0.00', '715.90 / 0.00', '4295.00', '0.00']);
  expect(csvText).not.toContain('3000.00');
  expect(scripts.some((u) => /browser\.|write-excel/.test(u)), 'the spreadsheet writer is not loaded before it is needed').toBe(false);

  const [xlsxFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出公示（Excel）' }).click()]);
  expect(xlsxFile.suggestedFilename()).toBe('物理系党支部-党费公示2026年1–6月-2026-07-01.xlsx');
  const xlsx = readFileSync(await xlsxFile.path());
  const cells = xlsxCells(new Uint8Array(xlsx));
  csvRows.forEach((row, i) => row.forEach((value, j) => value !== '' && expect(cells[`${colName(j)}${i + 1}`], `${colName(j)}${i + 1}`).toBe(value)));
  expect(cells.B3).toBe('张伟');
  expect(cells.I15).toBe('4295.00');
  expect(Object.values(cells).join()).not.toContain('3000.00');
  // The writer zips in a worker started from a blob: the page's policy allows it.
  expect(await page.locator('html').getAttribute('data-csp')).toBeNull();

  // With 公示中列出党费基数 ticked, the base is there because the user asked.
  await page.getByRole('checkbox', { name: '公示中列出党费基数（收入）' }).check();
  const [withBase] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出公示（CSV）' }).click()]);
  expect(readFileSync(await withBase.path()).toString('utf8')).toContain('1,张伟,3000.00,');

  // CSV filter options: comma, double quote, UTF-8 (76).
  const read = soffice({ 'notice.xlsx': xlsx }, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76']);
  if (!read) return;
  const office = read('notice.csv').toString('utf8').trimEnd().split(/\r?\n/).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
  expect(office[0][0]).toBe('物理系党支部党费收缴情况公示（2026年1–6月）');
  expect(office[2].slice(0, 3)).toEqual(['1', '张伟', '15.00 / 未交']);
  expect(office[14].slice(-2)).toEqual(['4295.00', '0.00']);
});

test('with a branch stored the page opens the roll at once; JavaScript then stays within 30 KB gzipped', async ({ page }) => {
  const { gzipSync } = await import('node:zlib');
  let total = 0;
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') total += gzipSync(await r.body()).length;
  });
  await openRoll(page);
  await page.waitForLoadState('networkidle');
  console.log(`/dues/ with a stored branch: ${(total / 1024).toFixed(1)} KB gz JavaScript`);
  expect(total).toBeLessThanOrEqual(30 * 1024);
});
