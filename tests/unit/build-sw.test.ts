// What the service worker keeps on a large site (scripts/build-sw.mjs): the newest months only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { latestMonthsOnly, noticeMonths } from '../../scripts/build-sw.mjs';

const dir = mkdtempSync(join(tmpdir(), 'handbook-sw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const months = ['2022-04', '2022-05', '2022-06', '2022-07', '2022-08'];
for (const m of months) mkdirSync(join(dir, 'notices', m), { recursive: true });
mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
const fragment = (name: string, url: string) =>
  writeFileSync(join(dir, 'pagefind/fragment', name), gzipSync(`pagefind_dcd${JSON.stringify({ url, content: '党费' })}`));
fragment('old.pf_fragment', '/notices/2022-04/');
fragment('new.pf_fragment', '/notices/2022-08/');
fragment('std.pf_fragment', '/standards/zhibu/');
writeFileSync(join(dir, 'pagefind/fragment/broken.pf_fragment'), 'not gzip');

const entry = (url: string) => ({ url, revision: 'r', size: 1 });
const urls = async (keep: number, list: string[]) => ((await latestMonthsOnly(dir, keep)(list.map(entry))).manifest as { url: string }[]).map((e) => e.url);

describe('latestMonthsOnly', () => {
  it('finds the notice months, newest first', () => {
    expect(noticeMonths(dir)).toEqual([...months].reverse());
    expect(noticeMonths(join(dir, 'nowhere'))).toEqual([]);
  });

  it('drops older months’ notice pages, ledgers, calendars and search fragments, and keeps everything else', async () => {
    const all = [
      'index.html', 'notices/index.html', 'standards/zhibu/index.html', 'search/index.html', '_astro/docx.abc.js',
      'notices/2022-04/index.html', 'tasks/2022-04/index.html', 'notices/2022-04.ics',
      'notices/2022-06/index.html', 'tasks/2022-06/index.html', 'notices/2022-06.ics',
      'notices/2022-08/index.html', 'tasks/2022-08/index.html', 'notices/2022-08.ics',
      'pagefind/index/x.pf_index', 'pagefind/fragment/old.pf_fragment', 'pagefind/fragment/new.pf_fragment',
      'pagefind/fragment/std.pf_fragment', 'pagefind/fragment/broken.pf_fragment',
    ];
    const kept = await urls(3, all);
    expect(kept).toEqual(all.filter((u) => !u.includes('2022-04') && u !== 'pagefind/fragment/old.pf_fragment'));
  });

  it('keeps everything when the site has no more months than it keeps', async () => {
    const all = ['notices/2022-04/index.html', 'pagefind/fragment/old.pf_fragment'];
    expect(await urls(5, all)).toEqual(all);
  });
});
