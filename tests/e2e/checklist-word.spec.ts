// “导出 Word” on the 登记表 pages: the real download, its XML, and what LibreOffice makes of it.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { standard } from '../content';
import { answer, openForm, orgField, reviewing } from '../checklist-page';
import { pdfContains, readPdf } from '../pdf';
import { docxToPdf } from '../soffice';

const A4 = { width: 595.28, height: 841.89 };
const zhibu = standard('zhibu');
const items = zhibu.categories.flatMap((c) => c.items);

/** Scripts and workers the page has asked for so far. */
function watchScripts(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => ['script', 'other'].includes(r.resourceType()) && urls.push(r.url()));
  page.on('worker', (w) => urls.push(w.url()));
  return () => urls.some((u) => u.includes('word-worker'));
}

async function exportWord(page: Page): Promise<{ download: Download; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Word/ }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  return { download, xml: strFromU8(zip['word/document.xml']) };
}

test('the 党支部 form as Word: the filled table, and LibreOffice reads it back as the printed form', async ({ page }) => {
  test.setTimeout(180_000); // LibreOffice's first start is slow
  const wordLoaded = watchScripts(page);
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await page.getByLabel('申报时间', { exact: true }).fill('2022-05-06');
  await answer(page, items[0].name, '自评是否达标', '达标');
  await answer(page, items[4].name, '自评是否达标', '未达标');
  await answer(page, items.at(-1)!.name, '自评是否达标', '达标');
  // The 党总支's part, in 验收模式.
  await reviewing(page, true);
  await answer(page, items[0].name, '上级验收是否达标', '达标');
  await answer(page, items.at(-1)!.name, '上级验收是否达标', '未达标');
  await page.getByRole('textbox', { name: '验收结果', exact: true }).fill('经验收，基本达标');
  expect(wordLoaded(), 'the Word code loads only on demand').toBe(false);

  const { download, xml } = await exportWord(page);
  expect(wordLoaded()).toBe(true);
  expect(download.suggestedFilename()).toMatch(/^物理系党支部-党支部自评登记表（已验收）-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(page.getByText(/^已生成“物理系党支部-党支部自评登记表（已验收）-.*\.docx”/)).toBeVisible();
  await expect(page.getByRole('button', { name: /导出 Word/ })).toBeEnabled();

  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  expect(rows).toHaveLength(items.length + 2);
  expect(rows[0]).toContain('<w:tblHeader/>');
  expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  const cells = (row: string) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => (c.match(/>([^<>]*)<\/w:t>/g) ?? []).join('').replace(/<\/w:t>|>/g, ''));
  expect(cells(rows[1]).slice(1)).toEqual([items[0].name, items[0].text, '达标', '达标']);
  expect(cells(rows[5]).slice(3)).toEqual(['未达标', '']);
  expect(cells(rows.at(-2)!).slice(3)).toEqual(['达标', '未达标']);
  expect(cells(rows.at(-1)!)).toEqual(['验收结果', '经验收，基本达标']);

  const pdf = docxToPdf(readFileSync(await download.path()));
  if (!pdf) return;
  const pages = await readPdf(pdf);
  expect(pages.length).toBe(2); // as the browser prints it
  for (const p of pages) {
    expect(Math.abs(p.width - A4.width)).toBeLessThan(1);
    expect(Math.abs(p.height - A4.height)).toBeLessThan(1);
  }
  const text = pages.map((p) => p.text).join('');
  for (const phrase of ['附件2（二）', zhibu.title, '申报达标的党支部名称：物理系党支部', '申报时间：2022年5月6日', '验收结果经验收，基本达标', '党总支书记（签字）：（盖章）年月日']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
  // Answers sit in their rows: each item's standard ends right before its verdicts.
  expect(pdfContains(text, `${items[0].text}达标达标`)).toBe(true);
  expect(pdfContains(text, `${items[4].text}未达标`)).toBe(true);
  expect(pdfContains(text, `${items.at(-1)!.text}达标未达标`)).toBe(true);
  // The header row heads every page; every item is on a page, whole (rows never split).
  for (const [n, p] of pages.entries()) expect(pdfContains(p.text, '项目具体标准自评是否达标上级验收是否达标'), `page ${n + 1}`).toBe(true);
  for (const item of items) expect(pages.filter((p) => pdfContains(p.text, item.name + item.text)), item.name).toHaveLength(1);
  // Each category stays on one page, as in print: its name is on the page of its first and last item.
  for (const c of zhibu.categories) {
    const page = pages.find((p) => pdfContains(p.text, c.items[0].name + c.items[0].text));
    expect(pdfContains(page!.text, c.items.at(-1)!.name), c.name).toBe(true);
  }
});

test('the 党总支 form as Word, blank where unanswered, with the 说明 column when the print has it', async ({ page }) => {
  await openForm(page, 'zongzhi');
  await page.getByRole('textbox', { name: '申报达标的党总支名称', exact: true }).fill('经济管理学院党总支');
  const first = standard('zongzhi').categories[0].items[0].name;
  await answer(page, first, '自评是否达标', '达标');
  await page.getByRole('textbox', { name: `${first} 说明`, exact: true }).fill('见会议记录');

  let { download, xml } = await exportWord(page);
  expect(download.suggestedFilename()).toMatch(/^经济管理学院党总支-党总支自评登记表-.*\.docx$/);
  expect(xml).toContain('>附件2（一）<');
  expect(xml).toContain(`>${standard('zongzhi').title}<`);
  expect(xml).toContain('>申报时间：　　年　　月　　日<');
  expect(xml).not.toContain('见会议记录');

  await page.getByRole('checkbox', { name: '打印时包含“说明”列' }).check();
  ({ xml } = await exportWord(page));
  expect(xml).toContain('>说明<');
  expect(xml).toContain('>见会议记录<');
});

test('when the Word code cannot load, the page says so and the draft stays', async ({ page }) => {
  await page.route('**/word-worker*', (r) => r.abort());
  await openForm(page);
  await orgField(page).fill('物理系党支部');
  await page.getByRole('button', { name: /导出 Word/ }).click();
  await expect(page.getByText('无法加载 Word 导出功能（网络可能已断开）。请联网后刷新页面再试；填写的内容已保存在本浏览器。')).toBeVisible();
  await expect(page.getByRole('button', { name: /导出 Word/ })).toBeEnabled();
  await expect(page.getByRole('status')).toHaveText(/已自动保存/);
  await expect(orgField(page)).toHaveValue('物理系党支部');
});
