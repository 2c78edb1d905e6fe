// Every page prints: A4, black on white, no navigation or buttons, the content all there.
import { expect, test } from '@playwright/test';
import { pdfContains, readPdf } from '../pdf';

// A4 in PDF points; Chromium rounds the CSS size to whole device pixels.
const A4 = { width: 595.28, height: 841.89 };
const near = (a: number, b: number) => Math.abs(a - b) < 1;

test('the notice prints on A4 without the site chrome', async ({ page }) => {
  await page.goto('/notices/2022-04/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本页目录' })).toBeHidden();
  const color = await page.locator('main a').first().evaluate((a) => getComputedStyle(a).color);
  expect(color).toBe('rgb(0, 0, 0)');

  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const p of pages) {
    expect(near(p.width, A4.width), `width ${p.width}`).toBe(true);
    expect(near(p.height, A4.height), `height ${p.height}`).toBe(true);
  }
  const text = pages.map((p) => p.text).join('');
  for (const phrase of ['党组织工作任务和具体要求', '一、理论学习', '二、组织生活', '三、重点工作', '2022年5月6日前', '登记表详见附件2']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
  expect(pdfContains(text, '跳到正文')).toBe(false);
  expect(pdfContains(text, '订阅通知')).toBe(false);
});

test('a standards table prints every item, dark mode or not', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/standards/zhibu/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  const text = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).map((p) => p.text).join('');
  for (const name of ['班子配备职数', '党费收缴管理', '双重组织生活会', '党建工作台账']) expect(pdfContains(text, name), name).toBe(true);
});
