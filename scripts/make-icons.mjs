#!/usr/bin/env node
// Draws the home-screen icons in public/icons/ (committed; run again only to change them) with the
// local Chromium from the same design as public/favicon.svg: 支 in white on party red.
//   any: rounded square, glyph large · maskable: full bleed, glyph inside the central 80 % safe zone.
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { chromiumPath } from '../tests/chromium.ts';

const out = join(import.meta.dirname, '..', 'public', 'icons');
const icon = (size, maskable) => `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;background:transparent}</style>
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${maskable ? 0 : 18}" fill="#a8071a"/>
  <text x="50" y="50" dy="0.36em" font-size="${maskable ? 44 : 62}" text-anchor="middle" fill="#fff"
    font-family="Noto Sans CJK SC, Source Han Sans SC, sans-serif" font-weight="700">支</text>
</svg>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(icon(size, maskable));
  await page.locator('svg').screenshot({ path: join(out, name), omitBackground: true });
}
await browser.close();
