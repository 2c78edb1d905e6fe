#!/usr/bin/env node
// `npm run bench`: the summary's pure work in Node (vitest bench), then importing and rendering
// 200 files in Chromium on the built site (built first if missing). Prints timings and writes them
// the browser's to bench-results/summary.json; it asserts nothing about time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

mkdirSync('bench-results', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
let ok = run('npx', ['vitest', 'bench', '--run']);
if (!existsSync('dist/summary/index.html')) ok = run('npm', ['run', 'build']) && ok;
ok = run('npx', ['playwright', 'test', '-c', 'tests/bench/playwright.config.ts']) && ok;
process.exit(ok ? 0 : 1);
