// The site's look in both colour schemes: the header keeps the party red with readable text, every
// field looks the same, and every page sits on one grid with the header.
import { expect, test, type Page } from '@playwright/test';

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const colours = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, fg: getComputedStyle(e).color }));

test('the header keeps the party red in both schemes, its text at AA contrast or better', async ({ page }) => {
  const seen: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/notices/');
    const header = await colours(page, '.site-header');
    seen.push(header.bg);
    const link = await colours(page, '.site-name');
    expect(contrast(header.bg, link.fg), `${colorScheme}: ${link.fg} on ${header.bg}`).toBeGreaterThanOrEqual(4.5);
  }
  expect(seen).toEqual(['rgb(168, 7, 26)', 'rgb(168, 7, 26)']);
});

test('text, date and search fields look the same, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/checklist/zhibu/');
    await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
    const look = (sel: string) => page.locator(sel).first().evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth, s.borderRadius].join(' ');
    });
    const text = await look('#ck-org');
    expect(await look('#ck-date'), colorScheme).toBe(text);
    expect(await look('.ck-note textarea'), colorScheme).toBe(text);
    const pageBg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(text.startsWith(pageBg), `${colorScheme}: fields on the page's own background`).toBe(true);
  }
});

test('desktop: every page starts its heading where the header starts the site name', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const route of ['/', '/notices/2022-04/', '/standards/zhibu/', '/checklist/zhibu/', '/templates/case/write/', '/tasks/2022-04/', '/summary/', '/search/']) {
    await page.goto(route);
    const logo = await page.locator('.site-name').boundingBox();
    const h1 = await page.locator('main h1').first().boundingBox();
    expect(Math.round(h1!.x), route).toBe(Math.round(logo!.x));
    // Text uses the column: no quarter of the container left empty beside it.
    const wrap = await page.locator('main > .wrap:not(.site-notes)').boundingBox();
    const text = await page.locator('main h1').first().evaluate((e) => e.parentElement!.getBoundingClientRect().width);
    expect(text / (wrap!.width - 32), route).toBeGreaterThan(0.95);
  }
  // Wide content starts on the same line as the text and may reach further right.
  await page.goto('/summary/');
  const summary = await page.locator('#summary').boundingBox();
  expect(Math.round(summary!.x)).toBe(Math.round((await page.locator('.site-name').boundingBox())!.x));
});

test('phone: the seven sections fit on one line of the header at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/checklist/zhibu/');
  const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  const tops = await links.evaluateAll((as) => (as as HTMLElement[]).filter((a) => a.offsetParent).map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(tops).toHaveLength(7);
  expect(new Set(tops).size, `link tops: ${tops.join(', ')}`).toBe(1);
});
