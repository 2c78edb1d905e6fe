// The summary prints on A4 landscape with every organisation and the header on every page; one
// organisation's form prints on A4 portrait like the checklist's. Read back from real PDFs.
import { expect, test } from '@playwright/test';
import { normalize, pdfContains, readPdf } from '../pdf';
import { batch, formSpec } from '../summary-files';
import { openSummary, pick } from '../summary-page';
import { openForm, orgField } from '../checklist-page';

const zhibu = formSpec('zhibu');
const items = zhibu.categories.flatMap((c) => c.items);
const near = (a: number, b: number) => Math.abs(a - b) < 1;

test('the matrix prints on A4 landscape with every organisation and the header on every page', async ({ page }) => {
  test.slow(); // 80 files and a multi-page PDF
  await openSummary(page);
  await pick(page, batch('zhibu', 80));
  await expect(page.locator('.sm-matrix tbody tr')).toHaveCount(80);
  await page.emulateMedia({ media: 'print' });
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(1);
  for (const [n, p] of pages.entries()) {
    expect(near(p.width, 841.89) && near(p.height, 595.28), `page ${n + 1}: ${p.width} × ${p.height}`).toBe(true);
    expect(pdfContains(p.text, `${zhibu.org}名称达标/已填`), `header on page ${n + 1}`).toBe(true);
    expect(pdfContains(p.text, items.at(-1)!.name), `last item on page ${n + 1}`).toBe(true);
  }
  const text = pages.map((p) => p.text).join('');
  expect(pdfContains(text, `${zhibu.title}汇总（自评是否达标）：显示 80 个党支部，共 80 个`)).toBe(true);
  for (let i = 1; i <= 80; i++) {
    const name = `测试党支部${String(i).padStart(3, '0')}`;
    expect(pages.filter((p) => pdfContains(p.text, name)), name).toHaveLength(1);
  }
  // Totals once, at the end; no screen controls.
  expect(pages.filter((p) => pdfContains(p.text, '达标率（达标/已填）'))).toHaveLength(1);
  expect(pdfContains(pages.at(-1)!.text, '达标率（达标/已填）')).toBe(true);
  for (const phrase of ['导入登记表', '选择文件', '各项达标情况', '导出表格']) expect(pdfContains(text, phrase), phrase).toBe(false);
  // Column widths for A4 landscape: the header 达标 / 已填 is one line on every page, and a total's
  // share 「（100%）」 is never broken (no line that is only a bracket or starts with one).
  const lines = (p: (typeof pages)[number]) => {
    const ys = [...new Set(p.items.map((i) => Math.round(i.y)))];
    return ys.map((y) => normalize(p.items.filter((i) => Math.round(i.y) === y).sort((a, b) => a.x - b.x).map((i) => i.str).join('')));
  };
  for (const [n, p] of pages.entries()) {
    expect(lines(p).some((l) => l.includes('达标/已填')), `达标 / 已填 on one line, page ${n + 1}`).toBe(true);
  }
  // The totals row's cells may wrap only between their pieces — 95% /（76/80 /，未填 4）— never
  // inside one. Each PDF line runs across the cells, so it must be a run of whole pieces (and of the
  // row heading's). (normalize folds （），to (),.)
  const totals = lines(pages.at(-1)!).filter((l) => /[%()]/.test(l));
  expect(totals.length).toBeGreaterThan(1);
  const whole = /^(达标率\(达标\/|已填\)|共\d+个|\d+%|—|\(\d+\/\d+\)?|,未填\d+\))+$/;
  expect(totals.filter((l) => !whole.test(l))).toEqual([]);
});

test('an organisation’s form prints on A4 portrait like the checklist: title, name, date, answers, signature', async ({ page }) => {
  await openSummary(page);
  await pick(page, batch('zhibu', 6));
  await page.getByRole('button', { name: '测试党支部006' }).click();
  await page.emulateMedia({ media: 'print' });
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  for (const p of pages) expect(near(p.width, 595.28) && near(p.height, 841.89), `${p.width} × ${p.height}`).toBe(true);
  const text = pages.map((p) => p.text).join('');
  for (const phrase of [zhibu.title, '申报达标的党支部名称：测试党支部006', '申报时间：2026年11月20日', '验收结果', '党总支书记（签字）', '（盖章）']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
  // 测试党支部006 meets the first five items and not the sixth.
  for (const [j, item] of items.entries()) {
    const p = pages.find((pg) => pdfContains(pg.text, item.name));
    expect(p, item.name).toBeDefined();
    const end = item.text.slice(-12);
    if (j <= 5) expect(pdfContains(p!.text, end + (j < 5 ? '达标' : '未达标')), item.name).toBe(true);
    else expect(pdfContains(p!.text, end + '达标') || pdfContains(p!.text, end + '未达标'), `${item.name} blank`).toBe(false);
  }
  for (const p of pages) expect(pdfContains(p.text, '具体标准自评是否达标上级验收是否达标')).toBe(true);
  for (const phrase of ['返回汇总', '登记表汇总', '从汇总中移除', '来自文件']) expect(pdfContains(text, phrase), phrase).toBe(false);
});

test('an organisation’s form prints exactly as the checklist prints the same backup', async ({ page }) => {
  test.slow(); // two pages, two PDFs
  const [file] = batch('zhibu', 7).slice(6);
  const printed = async () => {
    await page.emulateMedia({ media: 'print' });
    const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });
    // Every piece of text at the same place on the same page: the same print, not just the same words.
    return pages.map((p) => ({ width: Math.round(p.width), height: Math.round(p.height), text: p.items.map((i) => `${i.str}@${Math.round(i.x)},${Math.round(i.y)}`) }));
  };
  await openForm(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入备份…' }).click()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(orgField(page)).toHaveValue('测试党支部007');
  const checklist = await printed();

  await openSummary(page);
  await pick(page, [file]);
  await page.getByRole('button', { name: '测试党支部007' }).click();
  const summary = await printed();
  expect(summary).toEqual(checklist);
  expect(summary.flatMap((p) => p.text).some((t) => t.startsWith('附件2'))).toBe(true);
});
