#!/usr/bin/env node
// `npm test`: every suite in order — type check, unit tests, build, browser tests, and in CI the
// fresh-clone check (scripts/fresh-clone.mjs) — then one line "N passed, N failed" summing them all
// (CI reads it). A suite that crashes, or cannot run for want of something, counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { nodeOk, nodeProblem } from './check-node.mjs';

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports');
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);
const finish = () => {
  const summary = `${passed} passed, ${failed} failed`;
  writeFileSync('reports/summary.txt', `${summary}\n`);
  console.log(`\n${summary}`);
  process.exit(failed > 0 ? 1 : 0);
};

if (!nodeOk) {
  console.log(nodeProblem);
  failed++;
  finish();
}

// What the browser tests need from the machine (the same Chromium tests/chromium.ts picks), named in
// one line when missing. Without CJK fonts Chinese prints as boxes and page breaks move.
function missingForBrowsers() {
  const chromiumFound = process.env.CHROMIUM_PATH ? existsSync(process.env.CHROMIUM_PATH) : existsSync(chromium.executablePath()) || existsSync('/usr/bin/chromium');
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  // Only Linux relies on installed fonts: macOS and Windows come with Chinese ones.
  const cjkFound = process.platform !== 'linux' || (fonts.status === 0 && fonts.stdout.trim() !== '');
  return [!chromiumFound && ['Chromium', 'Chromium'], !cjkFound && ['中文（CJK）字体', 'a CJK font']].filter(Boolean);
}

const missing = missingForBrowsers();
const missingLine = `浏览器测试无法运行，缺少 ${missing.map(([zh]) => zh).join('、')}（Debian：apt-get install chromium fonts-noto-cjk）/ Browser tests cannot run, missing ${missing.map(([, en]) => en).join(' and ')} (Debian: apt-get install chromium fonts-noto-cjk)`;
if (missing.length > 0) console.log(missingLine);

console.log('\n== astro check (TypeScript) ==');
count(run('npx', ['astro', 'check']));

console.log('\n== service worker types (tsc -p src/sw) ==');
count(run('npx', ['tsc', '-p', 'src/sw']));

console.log('\n== unit tests (vitest) ==');
const unitOk = run('npx', ['vitest', 'run']);
const unit = readJson('reports/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unit || (!unitOk && unit.numFailedTests === 0)) failed++;

console.log('\n== build ==');
const built = run('npm', ['run', 'build']);
count(built);

if (built && missing.length > 0) {
  console.log(`\n${missingLine}`);
  failed++;
} else if (built) {
  console.log('\n== browser tests (playwright) ==');
  const e2eOk = run('npx', ['playwright', 'test']);
  const e2e = readJson('reports/playwright.json');
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  if (!e2e || (!e2eOk && e2e.stats.unexpected === 0)) failed++;
}

// In CI, the README's first command on a fresh clone with the machine's own Node (Node 20 there).
if (process.env.CI) {
  console.log('\n== fresh clone: npm ci && npm start ==');
  count(run('node', ['scripts/fresh-clone.mjs']));
}

finish();
