// dist/ as `npm test` builds it, without SITE_URL (tests/unit/site-url.test.ts builds with it): the
// site names no address of its own — no canonical link, no sitemap, relative RSS links, calendar
// events without links. With SITE_URL set in the environment, dist/ must use it instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const dist = 'dist';
const site = process.env.SITE_URL?.trim().replace(/\/$/, '');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

test('no file in dist/ names the placeholder domain', () => {
  for (const file of walk(dist)) expect(readFileSync(file, 'latin1').includes('example.edu.cn'), file).toBe(false);
});

test('pages, sitemap, RSS and calendar follow SITE_URL (here: ' + (site ?? 'not set') + ')', () => {
  const home = read('index.html');
  const rss = read('rss.xml');
  const ics = read('notices/2022-04.ics');
  if (site) {
    expect(home).toContain(`<link rel="canonical" href="${site}/">`);
    expect(read('sitemap-0.xml')).toContain(`${site}/notices/2022-04/`);
    expect(rss).toContain(`<link>${site}/notices/2022-04/</link>`);
    expect(ics).toContain(`URL:${site}/notices/2022-04/`);
    return;
  }
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    expect(html, file).not.toContain('rel="canonical"');
    expect(html, file).not.toContain('rel="sitemap"');
  }
  expect(walk(dist).filter((f) => f.includes('sitemap'))).toEqual([]);
  expect(rss).toContain('<link>/notices/2022-04/</link>');
  expect(rss).toContain('<guid isPermaLink="false">/notices/2022-04/</guid>');
  expect(rss).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  expect(ics).not.toMatch(/^URL/m);
  expect(ics).not.toMatch(/https?:/);
  expect(ics).toContain('UID:2022-04-case-report@party-branch-handbook');
});
