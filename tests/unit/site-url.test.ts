// The site's public address comes from SITE_URL at build time: a real `astro build` with it set, into
// a temporary folder. (The build without it is dist/ itself, checked by tests/e2e/site-url.spec.ts.)
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const site = 'https://dangjian.example.org';
let out = '';
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

const build = (env: Record<string, string>) => run('npx', ['astro', 'build'], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

describe('SITE_URL', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'handbook-site-url-'));
    await build({ SITE_URL: site, HANDBOOK_OUT: out });
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('gives every page its canonical address and the sitemap link', () => {
    const pages = walk(out).filter((f) => f.endsWith('.html') && !f.endsWith('404.html'));
    expect(pages.length).toBeGreaterThan(15);
    for (const file of pages) {
      const path = file.slice(out.length).replace(/index\.html$/, '');
      const html = readFileSync(file, 'utf8');
      expect(html, path).toContain(`<link rel="canonical" href="${site}${path}">`);
      expect(html, path).toContain('<link rel="sitemap" href="/sitemap-index.xml">');
    }
  });

  it('writes the sitemap with absolute addresses', () => {
    expect(read('sitemap-index.xml')).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${site}/standards/zhibu/</loc>`);
  });

  it('links the RSS feed and its items absolutely', () => {
    const rss = read('rss.xml');
    expect(rss).toContain(`<link>${site}/</link>`);
    expect(rss).toContain(`<link>${site}/notices/2022-04/</link>`);
    expect(rss).toContain(`<guid isPermaLink="true">${site}/notices/2022-04/</guid>`);
  });

  it('gives the calendar events their links and the domain in their ids', () => {
    const ics = read('notices/2022-04.ics');
    expect(ics).toContain(`URL:${site}/notices/2022-04/`);
    expect(ics).toContain('UID:2022-04-case-report@dangjian.example.org');
  });

  it('names no other address', () => {
    for (const file of walk(out)) expect(readFileSync(file, 'latin1').includes('example.edu.cn'), file).toBe(false);
  });
});

describe('a SITE_URL that is not a site root', () => {
  it('stops the build with a message', async () => {
    const failed = await build({ SITE_URL: 'dangjian.example.org/handbook', HANDBOOK_OUT: join(tmpdir(), 'handbook-never-built') }).then(() => null, (e: { stdout: string; stderr: string }) => e.stdout + e.stderr);
    expect(failed).toContain('SITE_URL 必须是网站根地址');
  }, 120_000);
});
