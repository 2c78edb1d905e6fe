import { chromium } from '@playwright/test';
const [,, url, out, w='1280', h='900', full='1'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url); await p.screenshot({ path: out, fullPage: full === '1' }); await b.close();
