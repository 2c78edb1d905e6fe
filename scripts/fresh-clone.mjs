#!/usr/bin/env node
// The README's first command on a fresh clone, as a new user types it: clone this repository (its
// committed HEAD) into a temporary folder, put the machine's own Node first on PATH (every
// node_modules/.bin taken out; in CI that is Debian's Node 20), run `npm ci && npm start` and fetch /
// from the server it starts. `npm test` runs this in CI (CI set); by hand: `node scripts/fresh-clone.mjs`.
// The log goes to reports/fresh-clone.log.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const minutes = 20;
const logPath = join(root, 'reports', 'fresh-clone.log');
mkdirSync(join(root, 'reports'), { recursive: true });

const freePort = () => new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => done(port));
  });
});

// A shell as the user has it: no npm run-script variables, no project bins on PATH.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^INIT_CWD$|^NODE$/i.test(key)));
const pathKey = Object.keys(env).find((k) => /^path$/i.test(k)) ?? 'PATH';
env[pathKey] = env[pathKey].split(delimiter).filter((dir) => !/node_modules[\\/]\.bin|node-gyp-bin/.test(dir)).join(delimiter);
env.HANDBOOK_PORT = String(await freePort());

const dir = mkdtempSync(join(tmpdir(), 'handbook-fresh-'));
const clone = join(dir, 'handbook');
const log = createWriteStream(logPath);
const say = (line) => { console.log(line); log.write(`${line}\n`); };

let ok = false;
let server;
try {
  execFileSync('git', ['clone', '--quiet', root, clone]);
  const commit = execFileSync('git', ['-C', clone, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const node = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
  say(`fresh clone of ${commit} in ${clone}; the machine's own Node: ${node || 'none'}; npm ${spawnSync('npm', ['--version'], { env, encoding: 'utf8' }).stdout.trim()}`);

  // Detached: its own process group, so the server and everything npm started can be ended together.
  server = spawn('sh', ['-c', 'npm ci && npm start'], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(log, { end: false });
  server.stderr.pipe(log, { end: false });
  let exited = null;
  server.on('exit', (code) => (exited = code));

  const url = `http://127.0.0.1:${env.HANDBOOK_PORT}/`;
  const deadline = Date.now() + minutes * 60_000;
  while (Date.now() < deadline && exited === null && !ok) {
    await new Promise((r) => setTimeout(r, 3000));
    const res = await fetch(url).catch(() => null);
    if (res) {
      const html = await res.text();
      ok = res.status === 200 && html.includes('<title>党支部工作手册</title>');
      if (!ok) say(`GET ${url}: ${res.status}, not the home page`);
    }
  }
  const scriptsNode = spawnSync(join(clone, 'node_modules', '.bin', 'node'), ['--version'], { encoding: 'utf8' }).stdout?.trim();
  say(`Node for npm scripts: ${scriptsNode ? `${scriptsNode} (node_modules/.bin, from scripts/node-runtime)` : 'the machine\'s own'}`);
  say(ok ? `fresh clone: npm ci && npm start served ${url}` : `fresh clone FAILED: ${exited !== null ? `npm ci && npm start exited with ${exited}` : `no home page at ${url} after ${minutes} minutes`}`);
} catch (error) {
  say(`fresh clone FAILED: ${error.message}`);
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  }
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dir, { recursive: true, force: true });
  await new Promise((r) => log.end(r));
}
if (!ok) console.log(readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n'));
process.exit(ok ? 0 : 1);
