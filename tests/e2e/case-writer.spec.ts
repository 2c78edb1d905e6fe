// The case writer (/templates/case/write/): saving, the printed PDF's geometry, the Word file,
// photo checks, fonts and page-number notices, keyboard use (the script budget is in budget.spec.ts).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { normalize, pdfContains, readPdf, type PdfPage } from '../pdf';
import { docxToPdf } from '../soffice';

const url = '/templates/case/write/';
const mm = 72 / 25.4;
const A4 = { width: 210 * mm, height: 297 * mm };

const practice = (page: Page, n: string) => page.getByRole('group', { name: `做法（${n}）` });

/** A case long enough for two pages, with digits, two practices and every field filled. */
async function fillCase(page: Page) {
  await page.getByLabel('案例名称').fill('“三会一课”规范化建设的2022年实践');
  await page.getByLabel('所在党总支').fill('经济管理学院');
  await page.getByLabel('所在党支部').fill('教工第一');
  await page.getByLabel('案例简介').fill('本支部共有党员25名，其中教师党员18名。'.repeat(6) + '\n' + '第二段简介。'.repeat(10));
  await practice(page, '一').getByLabel('小标题').fill('建立组织生活台账');
  await practice(page, '一').getByLabel('内容').fill('每月召开1次支委会，会前公布议题。'.repeat(14));
  await page.getByRole('button', { name: '添加一条做法' }).click();
  await practice(page, '二').getByLabel('小标题').fill('（二）书记带头讲党课');
  await practice(page, '二').getByLabel('内容').fill('支部书记每季度讲1次党课。'.repeat(8));
  await page.getByLabel('工作成效').fill('党员参加组织生活的比例达到100%。'.repeat(6));
  await page.getByLabel('经验启示与探讨').fill('制度要落实到每月的具体安排。'.repeat(6));
}

/** A JPEG (or PNG) of the given size, made by the browser's own encoder. */
async function image(page: Page, width: number, height: number, type = 'image/jpeg'): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ([w, h, t]) => {
      const c = document.createElement('canvas');
      c.width = w as number;
      c.height = h as number;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#a8071a';
      ctx.fillRect(0, 0, c.width, c.height);
      const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), t as string, 0.8));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    },
    [width, height, type],
  );
  return Buffer.from(b64, 'base64');
}

/** Opens the writer and waits until it is live (controls are disabled until the drafts load). */
async function open(page: Page) {
  await page.goto(url);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
}

test('every field survives a reload', async ({ page }) => {
  await open(page);
  await fillCase(page);
  await page.getByLabel('选择照片').setInputFiles({ name: '党课.jpg', mimeType: 'image/jpeg', buffer: await image(page, 1750, 1200) });
  await page.getByLabel('图1 说明').fill('支部书记为全体党员讲专题党课');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('案例名称')).toHaveValue('“三会一课”规范化建设的2022年实践');
  await expect(page.getByLabel('所在党总支')).toHaveValue('经济管理学院');
  await expect(page.getByLabel('所在党支部')).toHaveValue('教工第一');
  await expect(page.getByLabel('案例简介')).toHaveValue(/^本支部共有党员25名.*\n第二段简介/s);
  await expect(practice(page, '一').getByLabel('小标题')).toHaveValue('建立组织生活台账');
  await expect(practice(page, '二').getByLabel('内容')).toHaveValue(/^支部书记每季度讲1次党课/);
  await expect(page.getByLabel('工作成效')).toHaveValue(/100%/);
  await expect(page.getByLabel('经验启示与探讨')).toHaveValue(/^制度要落实/);
  await expect(page.getByLabel('图1 说明')).toHaveValue('支部书记为全体党员讲专题党课');
  // The photo file itself is not stored: the page says so instead of showing a thumbnail.
  await expect(page.getByText('原图未在本页打开')).toBeVisible();
  // The file name shows on screen; the printed list has 图1 and the caption only.
  await expect(page.getByText('图1：党课.jpg（1750 × 1200）')).toBeVisible();
  await expect(page.locator('.case-print')).toContainText('图1　支部书记为全体党员讲专题党课');
  await expect(page.locator('.case-preview')).not.toContainText('党课.jpg');
  await expect(page.locator('.case-print')).not.toContainText('党课.jpg');
});

test('a new case starts with the organisation this browser remembers, in the field of its kind', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('handbook:profile', JSON.stringify({ schemaVersion: 1, savedAt: '2026-11-20T08:00:00.000Z', data: { name: '物理系党支部', kind: '党支部' } })));
  await open(page);
  await expect(page.getByLabel('所在党支部')).toHaveValue('物理系党支部');
  await expect(page.getByLabel('所在党总支')).toHaveValue('');
  await page.getByLabel('所在党总支').fill('理学院');
  await expect(page.getByText('标题下面一行印作：理学院党总支物理系党支部')).toBeVisible();
  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(page.getByLabel('所在党支部')).toHaveValue('物理系党支部');
  await expect(page.getByLabel('所在党总支')).toHaveValue('');
});

test('a 党支部 name that repeats the 党总支 is pointed out, with the fix offered', async ({ page }) => {
  await open(page);
  await page.getByLabel('所在党总支').fill('财经学院党总支');
  await page.getByLabel('所在党支部').fill('财经学院党总支会计教工党支部');
  await expect(page.getByText('“所在党支部”里已经写了党总支的名称，打印出来会重复两次。')).toBeVisible();
  await page.getByRole('button', { name: '改为“会计教工党支部”' }).click();
  await expect(page.getByLabel('所在党支部')).toHaveValue('会计教工党支部');
  await expect(page.getByText('标题下面一行印作：财经学院党总支会计教工党支部')).toBeVisible();
  await expect(page.getByText('打印出来会重复两次')).toHaveCount(0);
});

test('practices are numbered as they stand: add, reorder, remove and undo', async ({ page }) => {
  await open(page);
  const h2s = () => page.locator('.case-print .case-h2').allTextContents();
  await practice(page, '一').getByLabel('小标题').fill('甲');
  await page.getByRole('button', { name: '添加一条做法' }).click();
  await expect(practice(page, '二').getByLabel('小标题')).toBeFocused();
  await page.keyboard.type('乙');
  expect(await h2s()).toEqual(['（一）甲', '（二）乙']);

  await page.getByRole('button', { name: '上移 做法（二）' }).focus();
  await page.keyboard.press('Enter');
  expect(await h2s()).toEqual(['（一）乙', '（二）甲']);
  await expect(page.getByRole('button', { name: '下移 做法（一）' })).toBeFocused();

  await page.getByRole('button', { name: '删除 做法（一）' }).click();
  expect(await h2s()).toEqual(['（一）甲']);
  await expect(page.getByText('已删除做法（一）“乙”。')).toBeVisible();
  await page.getByRole('button', { name: '撤销删除' }).first().click();
  expect(await h2s()).toEqual(['（一）乙', '（二）甲']);
});

test('prints on A4 with the template margins, 28 pt lines, sizes and page numbers', async ({ page }) => {
  test.setTimeout(90_000); // printing takes long on a busy machine
  await open(page);
  await fillCase(page);
  await expect(page.locator('.case-preview .case-sheet')).toHaveCount(2);
  await expect(page.getByText('A4 · 共 2 页')).toBeVisible();

  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages).toHaveLength(2); // what the preview showed
  for (const p of pages) {
    expect(Math.abs(p.width - A4.width), `width ${p.width}`).toBeLessThan(1);
    expect(Math.abs(p.height - A4.height), `height ${p.height}`).toBeLessThan(1);
  }
  const text = pages.map((p) => p.text).join('');
  for (const phrase of ['“三会一课”规范化建设的2022年实践', '经济管理学院党总支教工第一党支部', '一、案例简介', '二、主要做法', '（一）建立组织生活台账',
    '（二）书记带头讲党课', '三、工作成效', '四、经验启示与探讨', '党员参加组织生活的比例达到100%。']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }

  const first = pages[0];
  const words = first.items.filter((i) => i.str.trim());
  const title = words.filter((i) => Math.abs(i.height - 22) < 0.5);
  const body = words.filter((i) => Math.abs(i.height - 16) < 0.5);
  expect(title.length, 'title set at 22 pt').toBeGreaterThan(0);
  expect(body.length, 'body set at 16 pt').toBeGreaterThan(50);
  expect(words.every((i) => title.includes(i) || body.includes(i) || /^\d+$/.test(i.str)), 'only 22 pt and 16 pt text').toBe(true);

  // The title's glyphs start at the top margin (baseline minus the em height).
  const titleTop = first.height - title[0].y - title[0].height;
  expect(Math.abs(titleTop - 37 * mm), `title top at ${(titleTop / mm).toFixed(1)} mm`).toBeLessThan(2 * mm);
  // Body text (continuation lines) starts at the left margin; first lines are indented two characters.
  const left = Math.min(...body.map((i) => i.x));
  expect(Math.abs(left - 28 * mm), `left edge at ${(left / mm).toFixed(1)} mm`).toBeLessThan(1 * mm);
  expect(body.some((i) => Math.abs(i.x - (28 * mm + 32)) < 1)).toBe(true);
  // Right edge stays inside the right margin.
  expect(Math.max(...body.map((i) => i.x + i.width))).toBeLessThanOrEqual(A4.width - 26 * mm + 1);

  for (const [n, p] of pages.entries()) {
    const baselines = [...new Set(p.items.filter((i) => i.str.trim() && Math.abs(i.height - 16) < 0.5).map((i) => Math.round(i.y * 100) / 100))].sort((a, b) => b - a);
    const gaps = baselines.slice(1).map((y, k) => baselines[k] - y);
    const lineGaps = gaps.filter((g) => g < 29); // the empty line after the title block is checked below
    const mean = lineGaps.reduce((a, b) => a + b, 0) / lineGaps.length;
    expect(gaps.length, `page ${n + 1} lines`).toBeGreaterThan(5);
    expect(Math.abs(mean - 28), `page ${n + 1}: mean line pitch ${mean.toFixed(2)} pt`).toBeLessThan(0.75);
    // No blank lines or gaps, except the one empty line after the title block on page 1.
    const blanks = gaps.filter((g) => g >= 29);
    expect(blanks.map((g) => Math.round(g)), `page ${n + 1} gaps`).toEqual(n === 0 ? [56] : []);
    // Every line of text lies between the top and bottom margins.
    expect(Math.min(...baselines)).toBeGreaterThan(35 * mm);

    const folio = p.items.filter((i) => i.str.trim() === String(n + 1) && i.y < 35 * mm);
    expect(folio, `page number on page ${n + 1}`).toHaveLength(1);
    const centre = folio[0].x + folio[0].width / 2;
    const textCentre = (28 * mm + A4.width - 26 * mm) / 2;
    expect(Math.abs(centre - textCentre), `page number centre ${centre.toFixed(1)} pt`).toBeLessThan(1.5 * mm);
  }
  // A page holds 22 lines, as the template says: every line of page 1 sits on one of 22 grid lines
  // (title, unit line, one empty line, then text), and the page is used down to its last few lines
  // (it may end a line or two early so that a heading goes on with its text).
  // Counted from the unit line (line 2; the 22 pt title's baseline sits differently in its line).
  const ys = [...new Set(pages[0].items.filter((i) => i.str.trim() && i.y > 35 * mm && Math.abs(i.height - 16) < 0.5).map((i) => i.y))].sort((a, b) => b - a);
  const slots = ys.map((y) => 2 + (ys[0] - y) / 28);
  expect(slots.every((k) => Math.abs(k - Math.round(k)) < 0.05), 'on the 28 pt grid').toBe(true);
  expect(Math.round(slots[slots.length - 1])).toBeLessThanOrEqual(22);
  expect(Math.round(slots[slots.length - 1])).toBeGreaterThanOrEqual(20);
  // The empty line sits between the unit line and 一、案例简介.
  // Two characters: a radical code point in the PDF text can split a longer run into items.
  const lineOf = (phrase: string) => pages[0].items.find((i) => pdfContains(normalize(i.str), phrase.slice(0, 2)))!.y;
  expect(Math.round(lineOf('经济管理学院党总支') - lineOf('案例简介'))).toBe(56); // 一 and 、 can be items of their own
});

/** Each page's lines of text, top to bottom, as strings (the page number, below the margin, left out). */
function textLines(p: PdfPage): string[] {
  const words = p.items.filter((i) => i.str.trim() && i.y > 30 * mm);
  const ys = [...new Set(words.map((i) => Math.round(i.y)))].sort((a, b) => b - a);
  return ys.map((y) => normalize(words.filter((i) => Math.round(i.y) === y).sort((a, b) => a.x - b.x).map((i) => i.str).join('')));
}

const headingTexts = ['一、案例简介', '二、主要做法', '（一）建立组织生活台账', '（二）书记带头讲党课', '三、工作成效', '四、经验启示与探讨', '附：照片说明'];
const isHeading = (line: string) => headingTexts.some((h) => pdfContains(line, h) && line.length === normalize(h).length);

/** Pages whose last line of text is a heading, as "page n: text". */
const strandedHeadings = (pages: PdfPage[]) =>
  pages.flatMap((p, n) => {
    const last = textLines(p).at(-1) ?? '';
    return isHeading(last) ? [`page ${n + 1}: ${last}`] : [];
  });

test('headings and the photo list title never end a page, and the preview breaks where print does', async ({ page }) => {
  test.setTimeout(240_000);
  await open(page);
  await fillCase(page);
  await page.getByLabel('选择照片').setInputFiles({ name: 'IMG_20220425_101010.jpg', mimeType: 'image/jpeg', buffer: await image(page, 1750, 1200) });
  await page.getByLabel('图1 说明').fill('支部书记为全体党员讲专题党课');
  const sentence = '本支部共有党员25名，其中教师党员18名。';
  let shortPages = 0;
  // Each extra sentence moves everything after it down by most of a line: over 8 lengths the
  // headings come to the foot of a page in several of these lengths.
  for (let n = 2; n < 18; n += 2) {
    await page.getByLabel('案例简介').fill(sentence.repeat(n) + '\n' + '第二段简介。'.repeat(10));
    await page.getByLabel('工作成效').fill('党员参加组织生活的比例达到100%。'.repeat(6 + n));
    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(strandedHeadings(pdf), `intro of ${n} sentences`).toEqual([]);
    expect(pdf.map((p) => p.text).join('')).not.toContain('IMG_');
    // Lines per page in print (page 1 also holds the empty line after the title block) …
    const printed = pdf.map((p, k) => textLines(p).length + (k === 0 ? 1 : 0));
    // … and in the preview, from each sheet's visible height.
    const previewed = await page.locator('.case-preview .case-clip').evaluateAll((clips) => clips.map((c) => Math.round((c as HTMLElement).offsetHeight / (28 * 96 / 72))));
    previewed[previewed.length - 1] = printed[printed.length - 1]; // the last sheet is drawn full height
    expect(previewed, `intro of ${n} sentences: lines per page, preview vs print`).toEqual(printed);
    shortPages += printed.slice(0, -1).filter((lines) => lines < 22).length;
  }
  // The rule was really exercised: some page ended early so that its heading could move on.
  expect(shortPages).toBeGreaterThan(0);
});

test('exports a Word file in the template format, loading the docx code only on demand', async ({ page }) => {
  await open(page);
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await fillCase(page);
  expect(scripts.some((s) => /\/_astro\/[^/]*docx[^/]*\.js$/.test(s))).toBe(false);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Word/ }).click()]);
  expect(scripts.some((s) => /\/_astro\/[^/]*docx[^/]*\.js$/.test(s))).toBe(true);
  expect(download.suggestedFilename()).toBe('“三会一课”规范化建设的2022年实践.docx');
  await expect(page.getByRole('status').filter({ hasText: '已生成' })).toBeVisible();
  const bytes = readFileSync(await download.path());
  const zip = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(zip['word/document.xml']);

  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
  expect(paragraphs.length).toBeGreaterThan(10);
  for (const p of paragraphs) expect(p).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
  for (const h of headingTexts.slice(0, -1)) {
    const p = paragraphs.find((x) => x.includes(`>${h}<`));
    expect(p, h).toContain('<w:keepNext/>');
    expect(p, h).toContain('<w:keepLines/>');
  }
  const fontOf = (text: string) => paragraphs.find((p) => p.includes(text))?.match(/w:eastAsia="([^"]+)"/)?.[1];
  expect(fontOf('规范化建设的')).toBe('方正小标宋简体');
  expect(fontOf('经济管理学院党总支教工第一党支部')).toBe('楷体_GB2312');
  expect(fontOf('一、案例简介')).toBe('黑体');
  expect(fontOf('（一）建立组织生活台账')).toBe('楷体_GB2312');
  expect(fontOf('第二段简介')).toBe('仿宋_GB2312');
  expect(paragraphs.every((p) => p.includes('w:ascii="Times New Roman"'))).toBe(true);
  const footer = Object.entries(zip).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
  expect(footer, 'a footer part').toBeDefined();
  expect(strFromU8(footer![1])).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);

  // LibreOffice, where installed, must open it as an A4 document with all the text.
  const converted = docxToPdf(bytes);
  if (!converted) return;
  const pdf = await readPdf(converted);
  expect(pdf.length).toBeGreaterThanOrEqual(2);
  for (const p of pdf) {
    expect(Math.abs(p.width - A4.width)).toBeLessThan(1);
    expect(Math.abs(p.height - A4.height)).toBeLessThan(1);
  }
  const text = pdf.map((p) => p.text).join('');
  for (const phrase of ['“三会一课”规范化建设的2022年实践', '经济管理学院党总支教工第一党支部', '（二）书记带头讲党课', '四、经验启示与探讨', '制度要落实到每月的具体安排。']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
  expect(pdf.every((p, n) => p.items.some((i) => i.str.trim() === String(n + 1) && i.y < 35 * mm)), 'page numbers').toBe(true);
  // Word (here LibreOffice) keeps headings with what follows too.
  expect(strandedHeadings(pdf)).toEqual([]);
});

test('photos: a small JPEG and a PNG are refused with reasons, a 2.1 MP JPEG is accepted', async ({ page }) => {
  await open(page);
  await page.getByLabel('选择照片').setInputFiles([
    { name: '截图.png', mimeType: 'image/png', buffer: await image(page, 2000, 1500, 'image/png') },
    { name: '转发.jpg', mimeType: 'image/jpeg', buffer: await image(page, 1000, 1000) },
    { name: '原图.jpg', mimeType: 'image/jpeg', buffer: await image(page, 1750, 1200) },
  ]);
  const alert = page.getByRole('alert').filter({ hasText: '以下照片未添加' });
  await expect(alert).toContainText('“截图.png”是 PNG 格式，模板要求 JPG 格式的原图。');
  await expect(alert).toContainText('“转发.jpg”只有 1000 × 1000 = 100 万像素，模板要求 200 万像素以上。');
  await expect(alert).not.toContainText('原图.jpg');
  await expect(page.getByText('已添加 “原图.jpg”（1750 × 1200，210 万像素）')).toBeVisible();
  await expect(page.getByLabel('图1 说明')).toBeVisible();
  await expect(page.getByLabel('图2 说明')).toHaveCount(0);
  await page.getByLabel('图1 说明').fill('党员志愿者在社区开展服务');
  await expect(page.getByText('12 字（建议 20 字左右）')).toBeVisible();
  await expect(page.locator('.case-print')).toContainText('图1　党员志愿者在社区开展服务');
  await expect(page.locator('.case-print')).not.toContainText('原图.jpg');
});

test('tells what the printout will use for fonts, and the page-number rule for this browser', async ({ page }) => {
  await open(page);
  // This machine has no official fonts (only Noto CJK): the page must say what replaces them.
  // Said in plain words; which font replaces which sits behind 详情.
  await expect(page.getByText(/本机没有附件1规定的字体/)).toBeVisible();
  await expect(page.getByText(/本机没有附件1规定的字体/)).not.toContainText('Noto');
  await page.getByText('详情', { exact: true }).click();
  await expect(page.getByText(/正文（仿宋GB2312）将使用/)).toBeVisible();
  // Chromium ≥ 131 prints page numbers: no warning here …
  await expect(page.getByText('当前浏览器打印时不会加页码')).toBeHidden();
});

test('warns Firefox users that page numbers need Chromium or Word', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByText('当前浏览器打印时不会加页码')).toBeVisible();
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('says the writer needs JavaScript and points to the template', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByText('在线撰写需要启用 JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: '附件1 案例文本（体例）' })).toBeVisible();
    await expect(page.getByLabel('案例名称')).toBeHidden();
  });
});
