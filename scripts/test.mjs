#!/usr/bin/env node
// `npm test`: every suite in order — type check, unit tests, build, browser tests — then one
// line "N passed, N failed" summing them all (CI reads it). A suite that crashes counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports');
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

console.log('\n== astro check (TypeScript) ==');
count(run('npx', ['astro', 'check']));

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

if (built) {
  console.log('\n== browser tests (playwright) ==');
  const e2eOk = run('npx', ['playwright', 'test']);
  const e2e = readJson('reports/playwright.json');
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  if (!e2e || (!e2eOk && e2e.stats.unexpected === 0)) failed++;
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('reports/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
