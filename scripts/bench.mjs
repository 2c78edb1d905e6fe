#!/usr/bin/env node
// `npm run bench`: builds the site and reports what it costs — bytes per route (gzipped HTML, CSS
// and up-front JavaScript, on-demand chunks apart), Lighthouse scores, build time, index size and
// what the service worker keeps on the device for offline use —
// then builds synthetic sites of 1, 100 and 1,000 notices to show how those figures grow, and times
// the summary page with 200 organisations (aggregation in Node; import and render in Chromium), and
// the branch book (支部工作记录): evidence over 5 years × 60 members × 1,000 records a year and the
// storage a year of a 60-member branch takes (tests/bench/records.bench.ts).
// Results: a table on stdout and bench-results/bench.json. Reports only: nothing here is a test.
//   node scripts/bench.mjs [--no-lighthouse] [--lh-runs=3] [--no-scale] [--scale=1,100,1000] [--no-summary]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildServiceWorker, keepMonths } from './build-sw.mjs';

const args = process.argv.slice(2);
const lighthouseOn = !args.includes('--no-lighthouse');
const scaleOn = !args.includes('--no-scale');
const summaryOn = !args.includes('--no-summary');
const lhRuns = Math.max(1, Number(args.find((a) => a.startsWith('--lh-runs='))?.slice(10)) || 3);
const scales = (args.find((a) => a.startsWith('--scale='))?.slice(8) ?? '1,100,1000').split(',').map(Number);
const root = join(import.meta.dirname, '..');
const routes = ['/', '/notices/2022-04/', '/standards/zhibu/', '/checklist/zhibu/', '/templates/case/write/', '/tasks/2022-04/', '/summary/', '/records/', '/dues/', '/search/?q=党费'];
const chromeFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// As tests/chromium.ts: $CHROMIUM_PATH, Playwright's own build, or Debian's.
const chromiumPath = () =>
  process.env.CHROMIUM_PATH ?? (statSync(chromium.executablePath(), { throwIfNoEntry: false }) ? chromium.executablePath() : '/usr/bin/chromium');
const seconds = (ms) => Math.round(ms / 100) / 10;
const kb = (b) => (b / 1024).toFixed(1);

function run(cmd, argv, env = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${argv.join(' ')} failed (exit ${r.status ?? r.signal}):\n${tail}`);
  }
  return performance.now() - t;
}

/** astro build + pagefind + the service worker into `out`, from `content` (default: the real content). */
async function build(out, content) {
  const env = { HANDBOOK_OUT: out, ...(content && { HANDBOOK_CONTENT: content }) };
  // --force: every build starts from an empty content cache, so timings compare like with like.
  const astroMs = run('npx', ['astro', 'build', '--force'], env);
  const pagefindMs = run('npx', ['pagefind', '--site', out, '--quiet']);
  // What the service worker stores on the device (uncompressed bytes, as caches hold them).
  const precache = await buildServiceWorker(out);
  return { astroMs, pagefindMs, precache };
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const bytes = (dir) => walk(dir).reduce((n, f) => n + statSync(f).size, 0);

async function serve(dir, port) {
  const child = spawn(process.execPath, [join(root, 'scripts/serve-dist.mjs'), String(port), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok) => child.stdout.once('data', ok));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** What a route loads without interaction, gzipped, by kind; Pagefind files apart. */
async function weigh(browser, base, route) {
  const page = await browser.newPage();
  const loaded = [];
  page.on('response', async (r) => {
    try {
      loaded.push({ url: new URL(r.url()).pathname, type: r.request().resourceType(), gz: gzipSync(await r.body()).length, raw: (await r.body()).length });
    } catch {}
  });
  await page.goto(base + route);
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
  await page.close();
  const sum = (f) => loaded.filter(f).reduce((n, x) => n + x.gz, 0);
  const pagefind = (x) => x.url.startsWith('/pagefind/');
  return {
    route,
    html: sum((x) => x.type === 'document'),
    css: sum((x) => x.type === 'stylesheet'),
    js: sum((x) => x.type === 'script' && !pagefind(x)) + inline.reduce((n, c) => n + gzipSync(c).length, 0),
    pagefind: loaded.filter(pagefind).reduce((n, x) => n + x.raw, 0),
    scripts: loaded.filter((x) => x.type === 'script' && !pagefind(x)).map((x) => x.url),
  };
}

/**
 * Lighthouse's mobile preset, `lhRuns` times (its docs advise a median: single runs vary with
 * machine load). Scores and the metrics behind Performance come from the median run by that score.
 */
async function lighthouseScores(base, route) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  for (let i = 0; i < lhRuns; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromeFlags] });
    try {
      const { lhr } = await lighthouse(base + route, { port: chrome.port, output: 'json', logLevel: 'error' });
      const scores = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
      const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
        .map((k) => [k, lhr.audits[k]?.numericValue == null ? null : Math.round(lhr.audits[k].numericValue * 1000) / 1000]));
      runs.push({ scores, metrics });
    } finally {
      chrome.kill();
    }
  }
  runs.sort((a, b) => a.scores.performance - b.scores.performance);
  const median = runs[Math.floor((runs.length - 1) / 2)];
  return { ...median, performanceRuns: runs.map((r) => r.scores.performance) };
}

/** A copy of content/ plus n-1 synthetic notices, each plainly marked as test data. */
function syntheticContent(n) {
  const dir = mkdtempSync(join(tmpdir(), `handbook-scale-${n}-`));
  cpSync(join(root, 'content'), dir, { recursive: true });
  const real = readFileSync(join(root, 'content/notices/2022-04.mdx'), 'utf8');
  for (let i = 1; i < n; i++) {
    const month = `${2100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const text = real
      .replace('month: "2022-04"', `month: "${month}"`)
      .replace(/^title: .*$/m, `title: 合成测试数据第${i}号（非真实通知）`)
      .replace(/^summary: .*$/m, `summary: 性能测试自动生成的合成数据，不是真实通知。`)
      .replace(/\n---\n/, `\n---\n\n> 本页为性能测试自动生成的合成数据（第${i}号），正文复制自2022年4月通知，不是真实通知。\n`);
    writeFileSync(join(dir, 'notices', `${month}.mdx`), text);
  }
  return dir;
}

/** Removes a synthetic site: its content, its build and the content cache astro.config.mjs keeps beside it. */
const clean = (content, out) => [content, `${content}.cache`, out].forEach((d) => rmSync(d, { recursive: true, force: true }));

/** Bytes Pagefind transfers for a first query on a fresh page. */
async function firstQuery(browser, base) {
  const w = await weigh(browser, base, '/search/?q=党费');
  return w.pagefind;
}

const report = { date: new Date().toISOString(), routes: [], onDemand: [], build: {}, scale: [] };
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromeFlags });

console.log('building the site…');
const dist = join(root, 'dist');
const { astroMs, pagefindMs, precache } = await build(dist);
report.build = { astroSeconds: seconds(astroMs), pagefindSeconds: seconds(pagefindMs), pages: walk(dist).filter((f) => f.endsWith('.html')).length, outputBytes: bytes(dist), indexBytes: bytes(join(dist, 'pagefind')), precacheFiles: precache.files, precacheBytes: precache.bytes };

const site = await serve(dist, 4391);
const present = routes.filter((r) => statSync(join(dist, r.split('?')[0]), { throwIfNoEntry: false }));
for (const route of present) {
  const w = await weigh(browser, site.url, route);
  if (lighthouseOn) w.lighthouse = await lighthouseScores(site.url, route);
  report.routes.push(w);
}
const upFront = new Set(report.routes.flatMap((r) => r.scripts));
// Chunks no page reaches, even through imports (Astro's client:* renderer, which no page uses now),
// are never downloaded: listed apart from the on-demand ones.
const chunks = walk(join(dist, '_astro')).filter((f) => f.endsWith('.js')).map((f) => ({ file: f.slice(dist.length), text: readFileSync(f, 'utf8') }));
const reached = new Set();
let found = walk(dist).filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8'));
while (found.length) {
  const next = chunks.filter((c) => !reached.has(c.file) && found.some((text) => text.includes(c.file.split('/').pop())));
  next.forEach((c) => reached.add(c.file));
  found = next.map((c) => c.text);
}
const sized = (c) => ({ file: c.file, gz: gzipSync(c.text).length });
report.onDemand = chunks.filter((c) => reached.has(c.file) && !upFront.has(c.file)).map(sized);
report.unreferenced = chunks.filter((c) => !reached.has(c.file)).map(sized);
site.stop();

if (scaleOn) {
  for (const n of scales) {
    console.log(`scale: building ${n} notice(s)…`);
    const content = syntheticContent(n);
    const out = mkdtempSync(join(tmpdir(), `handbook-out-${n}-`));
    let t;
    try {
      t = await build(out, content);
    } catch (e) {
      console.error(e.message);
      report.scale.push({ notices: n, failed: e.message });
      clean(content, out);
      continue;
    }
    const pages = walk(out).filter((f) => f.endsWith('.html')).length;
    const s = await serve(out, 4392);
    const query = await firstQuery(browser, s.url);
    s.stop();
    report.scale.push({
      notices: n, pages, astroSeconds: seconds(t.astroMs), pagefindSeconds: seconds(t.pagefindMs),
      msPerPage: Math.round(t.astroMs / pages), outputBytes: bytes(out), indexBytes: bytes(join(out, 'pagefind')), firstQueryBytes: query,
      precacheFiles: t.precache.files, precacheBytes: t.precache.bytes,
    });
    clean(content, out);
  }
}
await browser.close();

mkdirSync(join(root, 'bench-results'), { recursive: true });
// The pure benches (tests/bench/*.bench.ts: the summary's aggregation, the branch book's evidence
// and storage size) run in Node with vitest bench; records.bench.ts writes bench-results/records.json.
console.log('pure benches (summary aggregation, branch book)…');
spawnSync('npx', ['vitest', 'bench', '--run'], { cwd: root, stdio: 'inherit' });
report.records = JSON.parse(readFileSync(join(root, 'bench-results/records.json'), 'utf8'));
if (summaryOn) {
  // The summary's aggregation is timed above (tests/bench/summary.bench.ts).
  // tests/bench/summary.browser.ts drops 200 generated backups on the built page and times
  // import + render; it writes bench-results/summary.json.
  console.log('summary: 200 organisations…');
  const env = { ...process.env, HANDBOOK_TEST_PORT: process.env.HANDBOOK_TEST_PORT ?? '4393' };
  const ok = spawnSync('npx', ['playwright', 'test', '-c', 'tests/bench/playwright.config.ts'], { cwd: root, stdio: 'inherit', env }).status === 0;
  if (ok) report.summary = JSON.parse(readFileSync(join(root, 'bench-results/summary.json'), 'utf8'));
}
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(report, null, 2));

console.log(`\nbuild: astro ${report.build.astroSeconds} s, pagefind ${report.build.pagefindSeconds} s, ${report.build.pages} pages, output ${kb(report.build.outputBytes)} KB, index ${kb(report.build.indexBytes)} KB`);
console.log(`offline (service-worker precache): ${report.build.precacheFiles} files, ${kb(report.build.precacheBytes)} KB (budget 2,560 KB)`);
console.log('\nroute                     HTML gz  CSS gz   JS gz  pagefind   LH perf/a11y/bp/seo');
for (const r of report.routes) {
  const lh = r.lighthouse ? `${Object.values(r.lighthouse.scores).join('/')}  (perf runs ${r.lighthouse.performanceRuns.join(', ')}; TBT ${Math.round(r.lighthouse.metrics['total-blocking-time'])} ms, LCP ${Math.round(r.lighthouse.metrics['largest-contentful-paint'])} ms)` : '-';
  console.log(`${r.route.padEnd(24)} ${kb(r.html).padStart(7)}  ${kb(r.css).padStart(6)}  ${kb(r.js).padStart(6)}  ${kb(r.pagefind).padStart(8)}   ${lh}`);
}
console.log('\non-demand chunks (KB gz): ' + (report.onDemand.map((f) => `${f.file} ${kb(f.gz)}`).join(', ') || 'none'));
console.log('built but never loaded by any page (KB gz): ' + (report.unreferenced.map((f) => `${f.file} ${kb(f.gz)}`).join(', ') || 'none'));
if (report.scale.length) {
  console.log(`\nnotices  pages  astro s  ms/page  pagefind s  output KB  index KB  first query KB  precache files/KB (newest ${keepMonths} months)`);
  for (const s of report.scale)
    if (s.failed) console.log(`${String(s.notices).padStart(7)}  build failed (see above)`);
    else console.log(`${String(s.notices).padStart(7)}  ${String(s.pages).padStart(5)}  ${String(s.astroSeconds).padStart(7)}  ${String(s.msPerPage).padStart(7)}  ${String(s.pagefindSeconds).padStart(10)}  ${kb(s.outputBytes).padStart(9)}  ${kb(s.indexBytes).padStart(8)}  ${kb(s.firstQueryBytes).padStart(14)}  ${String(s.precacheFiles).padStart(8)}/${kb(s.precacheBytes)}`);
}
if (report.summary) {
  const s = report.summary;
  console.log(`\nsummary, ${s.files} files: import + render ${Math.round(s.importAndRenderMs.median)} ms (median of ${s.runs}), longest task ${Math.round(s.longestTaskMs)} ms, switch column ${Math.round(s.switchColumnMs.median)} ms`);
}
if (report.records) {
  const r = report.records;
  console.log(`\nbranch book: a year of a ${r.members}-member branch (${r.recordsInYear} records) takes ${r.storedUtf16KB} KB of localStorage (UTF-16; ${r.storedUtf8KB} KB as a file), limit 300 KB; evidence timings in the vitest bench table above`);
}
console.log('\n(sizes in KB; JS includes inline scripts; written to bench-results/bench.json)');
