#!/usr/bin/env node
// The Node that runs the build and the tests must be ≥ 22.12 (Astro 7, Vitest 5). On a machine whose
// own Node is older, `npm ci` puts Node 22 in node_modules/.bin (scripts/node-runtime) and npm scripts
// run on it. This says plainly what to do where that did not happen.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
export const nodeOk = major > 22 || (major === 22 && minor >= 12);
const here = `${process.version}, ${process.platform}-${process.arch}`;
const bundled = ['node', 'node.cmd'].some((f) => existsSync(join(import.meta.dirname, '..', 'node_modules', '.bin', f)));
export const nodeProblem = bundled
  ? `需要 Node ≥ 22.12（当前 ${here}）：请通过 npm 运行（npm start、npm test），npm 会用 node_modules/.bin 里的 Node 22 / Node ≥ 22.12 needed (this is ${here}): run through npm (npm start, npm test), which uses the Node 22 in node_modules/.bin`
  : `需要 Node ≥ 22.12（当前 ${here}）：npm ci 没有为此平台装上 Node 22，请安装 Node 22.12 或更新版本 / Node ≥ 22.12 needed (this is ${here}): npm ci has no Node 22 for this platform; install Node 22.12 or later`;

if (process.argv[1] === import.meta.filename && !nodeOk) {
  console.error(nodeProblem);
  process.exit(1);
}
