// Installable: the web app manifest follows the rules, its icons are the sizes it claims, and
// Chromium itself reports no installability error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { routes } from '../routes';
import { activated } from '../service-worker';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ png: bytes.subarray(1, 4).toString() === 'PNG', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('the manifest names the app, its colours and start page, and its icons are real PNGs of the stated sizes', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const m = await res.json();
  expect(m).toMatchObject({ name: '党支部工作手册', lang: 'zh-CN', start_url: '/', scope: '/', display: 'standalone', theme_color: '#a8071a' });
  expect(m.short_name.length).toBeGreaterThan(0);
  expect(m.short_name.length).toBeLessThanOrEqual(6); // fits under a home-screen icon
  for (const [size, purpose] of [[192, 'any'], [512, 'any'], [512, 'maskable']] as const) {
    const icon = m.icons.find((i: { sizes: string; purpose: string }) => i.sizes === `${size}x${size}` && i.purpose === purpose);
    expect(icon, `${size} ${purpose}`).toBeDefined();
    const file = await request.get(icon.src);
    expect(file.status()).toBe(200);
    expect(pngSize(await file.body())).toEqual({ png: true, width: size, height: size });
  }
  for (const route of routes) {
    const html = readFileSync(join('dist', route, 'index.html'), 'utf8');
    expect(html, route).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html, route).toContain(`<meta name="theme-color" content="${m.theme_color}">`);
  }
});

test('Chromium finds the site installable', async ({ baseURL, browserName }, testInfo) => {
  expect(browserName).toBe('chromium');
  // A persistent profile: Playwright's usual contexts are incognito, where nothing is installable.
  const profile = mkdtempSync(join(tmpdir(), 'handbook-install-'));
  const { launchOptions } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    expect(await page.evaluate(activated)).toBe('activated');
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
