// `npm run notice` as an editor runs it: the real script on real files in a copy of content/.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeDocx } from '../../notice-docx';
import { contentDir } from '../../content';
import { noticeProblems } from '../../../src/lib/content/notice-check';

const run = promisify(execFile);
const script = join(contentDir, '..', 'scripts', 'notice.ts');
let dir = '';
let content = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-notice-'));
  content = join(dir, 'content');
  cpSync(contentDir, content, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function notice(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', script, ...args], { env: { ...process.env, HANDBOOK_CONTENT: content } });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, out: stdout + stderr };
  }
}

const files = () => ['notices', 'study'].flatMap((d) => readdirSync(join(content, d)).map((f) => `${d}/${f}`)).sort();

describe('npm run notice', () => {
  it('imports a Word notice as a new month, prints the review list, and refuses to overwrite it', async () => {
    const docx = join(dir, '五月通知.docx');
    writeFileSync(docx, await noticeDocx(readFileSync(join(contentDir, '..', 'tests', 'fixtures', 'notice-2022-04.txt'), 'utf8')));
    const before = files();
    const first = await notice('import', docx, '--month', '2022-05');
    expect(first.code).toBe(0);
    expect(first.out).toContain('已生成');
    expect(first.out).toMatch(/请对照 Word 原文核对下面 \d+ 处推断/);
    expect(first.out).toContain('截止日期：2022-05-06（原文“5月6日”）');
    expect(files()).toEqual([...before, 'notices/2022-05.mdx', 'study/2022-05-study-1.md', 'study/2022-05-study-2.md', 'study/2022-05-study-3.md'].sort());
    const written = readFileSync(join(content, 'notices', '2022-05.mdx'), 'utf8');
    expect(noticeProblems(written, '2022-05.mdx')).toEqual([]);

    writeFileSync(join(content, 'notices', '2022-05.mdx'), `${written}\n<p>编辑改过的内容</p>\n`);
    const again = await notice('import', docx, '--month', '2022-05');
    expect(again.code).toBe(1);
    expect(again.out).toContain('已经存在，没有改动任何文件');
    expect(readFileSync(join(content, 'notices', '2022-05.mdx'), 'utf8')).toContain('编辑改过的内容');
    expect((await notice('import', docx, '--month', '2022-05', '--force')).code).toBe(0);
  });

  it('refuses bad files with a message and writes nothing', async () => {
    const before = files();
    const write = (name: string, bytes: Uint8Array | string) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const cases: [string[], RegExp][] = [
      [['import', write('假的.docx', '纯文本，不是 Word')], /不是 Word 文档/],
      [['import', write('空.docx', '')], /文件是空的/],
      [['import', write('通知.pdf', '%PDF-1.4')], /只能导入 \.docx 文件/],
      [['import', join(dir, '不存在.docx')], /找不到文件/],
      [['import', write('无日期.docx', await noticeDocx('标题\n各党支部：\n二、组织生活\n（一）召开会议。各党支部要召开。\n'))], /没有找到报送截止日期/],
    ];
    for (const [args, message] of cases) {
      const r = await notice(...args, '--month', '2022-05');
      expect(r.code, args[1]).toBe(1);
      expect(r.out).toMatch(message);
    }
    const noMonth = await notice('import', join(dir, '假的.docx'));
    expect(noMonth.out).toMatch(/--month 指定月份/);
    expect(files()).toEqual(before);
  });

  it('makes an empty notice that passes the build check', async () => {
    const r = await notice('new', '--month', '2022-06');
    expect(r.code).toBe(0);
    expect(noticeProblems(readFileSync(join(content, 'notices', '2022-06.mdx'), 'utf8'), '2022-06.mdx')).toEqual([]);
  });
});
