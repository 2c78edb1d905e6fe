// deploy/nginx.conf, served for real: where nginx is installed (CI installs Debian's), run it on a
// free local port as the stock http {} would include the file — only the listen addresses, the
// certificate lines and the root are swapped for local ones — and check what every kind of file
// is served as, and that every response carries every security header the file declares.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const nginx = ['nginx', '/usr/sbin/nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0);
const deployed = readFileSync('deploy/nginx.conf', 'utf8');
const directives = deployed.replace(/#.*$/gm, '');
const dist = resolve('dist');

test.skip(!nginx, 'nginx 未安装，跳过部署配置测试（nginx not on PATH: deploy config test skipped）');
test.describe.configure({ mode: 'serial' });

/** The headers every response must carry: the server-level add_header lines of the file. */
const securityHeaders = [...deployed.matchAll(/^ {4}add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name.toLowerCase(), value]);

const freePort = () => new Promise<number>((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => done(port));
  });
});

/** The deploy file with local addresses: every swap must find its line, or the test is stale. */
function localConfig(port: number, redirectPort: number): string {
  const swaps: [RegExp, string][] = [
    [/^ {4}listen 443 ssl;$/m, `    listen 127.0.0.1:${port};`],
    [/^ {4}listen \[::\]:443 ssl;\n/m, ''],
    [/^ {4}ssl_certificate .*\n/m, ''],
    [/^ {4}ssl_certificate_key .*\n/m, ''],
    [/^ {4}root \/srv\/handbook;$/m, `    root ${dist};`],
    [/^ {4}listen 80;$/m, `    listen 127.0.0.1:${redirectPort};`],
    [/^ {4}listen \[::\]:80;\n/m, ''],
  ];
  return swaps.reduce((text, [pattern, local]) => {
    expect(text, `deploy/nginx.conf has ${pattern}`).toMatch(pattern);
    return text.replace(pattern, local);
  }, deployed);
}

let dir = '';
let server: ChildProcess | undefined;
let base = '';
let redirectBase = '';

test.beforeAll(async () => {
  const [port, redirectPort] = [await freePort(), await freePort()];
  dir = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  const confPath = /--conf-path=(\S+)/.exec(spawnSync(nginx!, ['-V'], { encoding: 'utf8' }).stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  // What Debian's stock nginx.conf has around its sites, with this run's own paths and one process.
  writeFileSync(join(dir, 'nginx.conf'), `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
    sendfile on;
    include ${join(dirname(confPath), 'mime.types')};
    default_type application/octet-stream;
    access_log off;
    gzip on;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${localConfig(port, redirectPort)}
}
`);
  const check = spawnSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  expect(check.status, `nginx -t:\n${check.stderr}`).toBe(0);
  server = spawn(nginx!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const listening = () => new Promise<boolean>((up) => {
    const socket = connect(port, '127.0.0.1').on('connect', () => (socket.end(), up(true))).on('error', () => up(false));
  });
  await expect.poll(listening, { timeout: 10_000 }).toBe(true);
  base = `http://127.0.0.1:${port}`;
  redirectBase = `http://127.0.0.1:${redirectPort}`;
});

test.afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const firstFile = (folder: string, ext: string) => readdirSync(join(dist, folder)).find((f) => f.endsWith(ext))!;

const javascript = /^(application|text)\/javascript; charset=utf-8$/;
const cases: { what: string; path: () => string; status: number; type: RegExp; cache: RegExp }[] = [
  { what: 'a page', path: () => '/checklist/zhibu/', status: 200, type: /^text\/html; charset=utf-8$/, cache: /^no-cache$/ },
  { what: 'a JavaScript file', path: () => `/_astro/${firstFile('_astro', '.js')}`, status: 200, type: javascript, cache: /immutable/ },
  { what: 'a CSS file', path: () => `/_astro/${firstFile('_astro', '.css')}`, status: 200, type: /^text\/css; charset=utf-8$/, cache: /immutable/ },
  { what: 'Pagefind', path: () => '/pagefind/pagefind.js', status: 200, type: javascript, cache: /^no-cache$/ },
  { what: "Pagefind's index entry", path: () => '/pagefind/pagefind-entry.json', status: 200, type: /^application\/json; charset=utf-8$/, cache: /^no-cache$/ },
  { what: 'the calendar', path: () => '/notices/2022-04.ics', status: 200, type: /^text\/calendar; charset=utf-8$/, cache: /^no-cache$/ },
  { what: 'the RSS feed', path: () => '/rss.xml', status: 200, type: /^(text\/xml|application\/(rss\+)?xml); charset=utf-8$/, cache: /^no-cache$/ },
  { what: 'a missing page', path: () => '/no-such-page/', status: 404, type: /^text\/html; charset=utf-8$/, cache: /^no-cache$/ },
];

test('deploy/nginx.conf sets the security headers at server level only', () => {
  expect(securityHeaders.map(([name]) => name)).toEqual(expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security']));
  expect(securityHeaders.find(([name]) => name === 'content-security-policy')?.[1]).toContain("frame-ancestors 'none'");
  // nginx drops the server's add_header lines in any location that has its own.
  const locations = directives.match(/^\s*location [^{]*\{[^}]*\}/gm) ?? [];
  expect(locations.length).toBeGreaterThan(0);
  for (const block of locations) expect(block).not.toContain('add_header');
  // nginx 1.22 rejects `http2 on;`, and a types {} at server level would replace the whole MIME table.
  expect(directives).not.toMatch(/^\s*http2 on;/m);
  expect(directives.replace(/^\s*location [^{]*\{[^}]*\}/gm, '')).not.toMatch(/types\s*\{/);
});

for (const c of cases) {
  test(`nginx serves ${c.what} with its type and every security header`, async ({ request }) => {
    const path = c.path();
    const res = await request.get(base + path, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status(), path).toBe(c.status);
    const headers = res.headers();
    expect(headers['content-type'], path).toMatch(c.type);
    for (const [name, value] of securityHeaders) expect(headers[name], `${name} on ${path}`).toBe(value);
    expect(headers['cache-control'], path).toMatch(c.cache);
    if (c.status === 404) expect(await res.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    if (c.what === 'a page') {
      expect(headers['content-encoding']).toBe('gzip');
      expect(await res.text()).toBe(readFileSync(join(dist, 'checklist/zhibu/index.html'), 'utf8'));
    }
  });
}

test('nginx sends plain http to https', async ({ request }) => {
  const res = await request.get(`${redirectBase}/notices/`, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers().location).toMatch(/^https:\/\/127\.0\.0\.1(:\d+)?\/notices\/$/);
});

