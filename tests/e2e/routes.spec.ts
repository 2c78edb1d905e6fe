import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { routes, scripted } from '../routes';

for (const route of routes) {
  test.describe(route, () => {
    test('renders its heading with no console errors and no request to another origin', async ({ page, baseURL }) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      const res = await page.goto(route);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test(scripted.has(route) ? 'loads only its own scripts' : 'ships no JavaScript but the service-worker registration', async ({ page, baseURL }) => {
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      // Every page loads the registration (SiteNotes.astro), one external module.
      const registration = scripts.filter((s) => s.includes('/_astro/SiteNotes.'));
      expect(registration).toHaveLength(1);
      if (scripted.has(route)) {
        // Small scripts are inlined: count elements, and every script loaded must be our own.
        expect(await page.locator('script').count()).toBeGreaterThan(1);
        expect(scripts.every((s) => s.startsWith(baseURL!))).toBe(true);
        return;
      }
      expect(await page.locator('script').count()).toBe(1);
      expect(scripts).toEqual(registration);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(route);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('has no page-wide horizontal scroll on a 360 px phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('an unknown address shows the Chinese 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '回到首页' })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/notices/2022-04/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the header navigation marks the current section', async ({ page }) => {
  await page.goto('/standards/zhibu/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['通知', '学习', '标准', '自评', '记录', '党费', '模板']) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  // Search is the header's own box; its 搜索 link stays in the markup for browsers without :has().
  await expect(page.getByRole('search').getByRole('searchbox', { name: '搜索' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '搜索' })).toBeHidden();
  await expect(nav.getByRole('link', { name: '标准' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '标准' })).toHaveAttribute('href', '/standards/');
});
