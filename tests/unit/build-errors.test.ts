// A content mistake must stop the build and say which file and field: run the real `astro sync`
// over a broken copy of content/.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '../content';

const run = promisify(execFile);
let dir = '';
// The folder and the content cache that astro.config.mjs keeps beside it.
afterEach(() => [dir, `${dir}.cache`].forEach((d) => rmSync(d, { recursive: true, force: true })));

async function syncWith(file: string, edit: (text: string) => string) {
  dir = mkdtempSync(join(tmpdir(), 'handbook-content-'));
  cpSync(contentDir, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  try {
    await run('npx', ['astro', 'sync'], { env: { ...process.env, HANDBOOK_CONTENT: dir }, cwd: join(contentDir, '..') });
  } catch (e) {
    const { stdout, stderr } = e as { stdout: string; stderr: string };
    return stdout + stderr;
  }
  throw new Error('astro sync accepted broken content');
}

describe('the build rejects broken content', () => {
  it('names the file and field of a duplicate item id', async () => {
    const out = await syncWith('standards/zhibu.yaml', (t) => t.replace('id: zhibu.term', 'id: zhibu.committee-size'));
    expect(out).toContain('standards/zhibu.yaml');
    expect(out).toContain('categories.0.items.1.id');
    expect(out).toContain('重复的标准条目 id');
  });

  it('names the file, line and field of a bad date in plain Chinese', async () => {
    let line = 0;
    const out = await syncWith('notices/2022-04.mdx', (t) => {
      const bad = t.replace('due: "2022-05-06"', 'due: "2022-05-32"');
      line = bad.split('\n').findIndex((l) => l.includes('2022-05-32')) + 1;
      return bad;
    });
    expect(out).toContain(`截止事项第 1 项的截止日期 2022年5月32日 不是有效日期（${dir}/notices/2022-04.mdx 第 ${line} 行）`);
  });

  it('says how to write a date in the wrong format', async () => {
    const out = await syncWith('notices/2022-04.mdx', (t) => t.replace('due: "2022-05-06"', 'due: "2022-5-6"'));
    expect(out).toMatch(/截止事项第 1 项的截止日期“2022-5-6”要写成 "YYYY-MM-DD".*notices\/2022-04\.mdx 第 \d+ 行/);
  });

  it('names the file and field that is missing', async () => {
    const out = await syncWith('study/hainan-inspection.md', (t) => t.replace(/^kind: .*\n/m, ''));
    expect(out).toContain('study/hainan-inspection.md');
    expect(out).toMatch(/kind/);
  });
});
