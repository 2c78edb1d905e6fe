// The filled 登记表 prints as the official form on A4: read back from a real PDF.
import { expect, test } from '@playwright/test';
import { standard } from '../content';
import { answer, openForm, orgField, reviewing } from '../checklist-page';
import { pdfContains, readPdf } from '../pdf';

const A4 = { width: 595.28, height: 841.89 };
const zhibu = standard('zhibu');
const items = zhibu.categories.flatMap((c) => c.items);

test('the filled form prints on A4 with name, date, every item, the answers and the signature line', async ({ page }) => {
  test.slow(); // 40 clicks and two PDFs
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await page.getByLabel('申报时间', { exact: true }).fill('2022-05-06');
  // Every other item met, the fifth not met; acceptance only on the first two.
  for (const [i, item] of items.entries()) await answer(page, item.name, '自评是否达标', i === 4 ? '未达标' : '达标');
  await page.getByRole('textbox', { name: `${items[3].name} 说明`, exact: true }).fill('学习记录见附件三');
  await reviewing(page, true);
  await answer(page, items[0].name, '上级验收是否达标', '达标');
  await answer(page, items[1].name, '上级验收是否达标', '未达标');
  await page.getByRole('textbox', { name: '验收结果', exact: true }).fill('经验收，基本达标');

  await page.emulateMedia({ media: 'print' });
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  for (const p of pages) {
    expect(Math.abs(p.width - A4.width)).toBeLessThan(1);
    expect(Math.abs(p.height - A4.height)).toBeLessThan(1);
  }
  const text = pages.map((p) => p.text).join('');
  for (const phrase of [zhibu.title, '申报达标的党支部名称：物理系党支部', '申报时间：2022年5月6日', '验收结果', '经验收，基本达标', '党总支书记（签字）', '（盖章）']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
  // Each item's row: name, full standard and its answers, on one page (rows never split).
  for (const [i, item] of items.entries()) {
    const page = pages.find((p) => pdfContains(p.text, item.name));
    expect(page, item.name).toBeDefined();
    const verdicts = i === 0 ? '达标达标' : i === 1 ? '达标未达标' : i === 4 ? '未达标' : '达标';
    expect(pdfContains(page!.text, item.text.slice(-12) + verdicts), `${item.name}: ${verdicts}`).toBe(true);
  }
  // The header row repeats on every page.
  for (const p of pages) expect(pdfContains(p.text, '具体标准自评是否达标上级验收是否达标'), `page ${pages.indexOf(p) + 1}`).toBe(true);
  // No screen controls and no notes unless asked for.
  for (const phrase of ['草稿与备份', '导出备份', '下一个未自评条目', '学习记录见附件三']) expect(pdfContains(text, phrase), phrase).toBe(false);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: '打印时包含“说明”列' }).check();
  await page.emulateMedia({ media: 'print' });
  const notePages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  const withNotes = notePages.map((p) => p.text).join('');
  expect(pdfContains(withNotes, '学习记录见附件三')).toBe(true);
  // The signature line never stands alone: the 验收结果 row is on its page.
  expect(pdfContains(notePages.at(-1)!.text, '党总支书记（签字）')).toBe(true);
  expect(pdfContains(notePages.at(-1)!.text, '验收结果'), `last page: ${notePages.at(-1)!.text.slice(0, 80)}`).toBe(true);
});

test('with the 说明 column and notes on every item, the form fits 3 pages and no page but the last is under half full', async ({ page }) => {
  test.setTimeout(240_000); // 40 fills and a three-page PDF: minutes on a busy machine
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  for (const [i, item] of items.entries()) {
    await answer(page, item.name, '自评是否达标', '达标');
    await page.getByRole('textbox', { name: `${item.name} 说明`, exact: true }).fill(`第${i + 1}项佐证材料见支部工作台账第${i + 3}页，会议记录和签到表已归档。`);
  }
  await page.getByRole('checkbox', { name: '打印时包含“说明”列' }).check();
  await page.emulateMedia({ media: 'print' });
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeLessThanOrEqual(3);
  // The page's text area: 18 mm from the top, 20 mm from the bottom (the page number sits below it).
  const mm = 72 / 25.4;
  const top = A4.height - 18 * mm;
  const bottom = 20 * mm;
  const filled = pages.map((p) => {
    const lowest = Math.min(...p.items.filter((i) => i.str.trim() && i.y > bottom).map((i) => i.y));
    return (top - lowest) / (top - bottom);
  });
  for (const [n, f] of filled.slice(0, -1).entries()) expect(f, `page ${n + 1} is ${Math.round(f * 100)} % full`).toBeGreaterThan(0.5);
  const text = pages.map((p) => p.text).join('');
  for (const [i, item] of items.entries()) {
    expect(pdfContains(text, `第${i + 1}项佐证材料`), item.name).toBe(true);
    // An item's row never splits: its name and its note are on one page.
    const on = pages.find((p) => pdfContains(p.text, item.name));
    expect(pdfContains(on!.text, `第${i + 1}项佐证材料`), `${item.name} and its note on one page`).toBe(true);
  }
  // The header row repeats on every page.
  for (const p of pages) expect(pdfContains(p.text, '具体标准自评是否达标上级验收是否达标说明'), `page ${pages.indexOf(p) + 1}`).toBe(true);
});

test('an untouched form prints blank, with the date left to fill by hand', async ({ page }) => {
  await openForm(page, 'zongzhi');
  await page.emulateMedia({ media: 'print' });
  const text = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).map((p) => p.text).join('');
  expect(pdfContains(text, '申报达标的党总支名称：申报时间：年月日')).toBe(true);
  expect(pdfContains(text, '未达标')).toBe(false);
  for (const item of standard('zongzhi').categories.flatMap((c) => c.items)) expect(pdfContains(text, item.name), item.name).toBe(true);
});

test('the print button saves first, then opens the browser’s print', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', localStorage.length > 0 ? 'saved' : 'unsaved');
  });
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await page.getByRole('button', { name: '打印登记表' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'saved');
});

test('without JavaScript the page is the blank official form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checklist/zhibu/');
  await expect(page.getByText('在线填写需要启用 JavaScript')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(items.length + 2); // + 验收结果 and the signature
  await expect(table.locator('tr.signature')).toContainText('党总支书记（签字）');
  for (const item of items) await expect(table.getByRole('rowheader', { name: item.name, exact: true })).toBeVisible();
  await expect(table.locator('td.answer').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(page.getByText('申报时间：　　年　　月　　日')).toBeVisible();
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await context.close();
});
