// The Word import on real .docx files built like an office builds them (no heading styles): the April
// 2022 notice from its source text, compared with the hand-made page, and small notices for the
// edge cases (year end, tables, MDX-hostile characters, bad files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { noticeDocx } from '../../notice-docx';
import { contentDir, list, readFrontmatter } from '../../content';
import { readDocxBlocks, type Block } from '../../../src/lib/content/notice-blocks';
import { NoticeImportError, draftNotice, resolveDate } from '../../../src/lib/content/notice-draft';
import { noticeMdx } from '../../../src/lib/content/notice-mdx';
import { noticeProblems } from '../../../src/lib/content/notice-check';
import { skeletonMdx } from '../../../src/lib/content/notice-skeleton';
import type { Notice } from '../../../src/lib/content/schemas';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'notice-2022-04.txt'), 'utf8');
const handMade = readFrontmatter('notices/2022-04.mdx') as Notice;
const april = async () => draftNotice(await readDocxBlocks(await noticeDocx(source)), '2022-04');

describe('the April 2022 notice imported from Word', () => {
  it('finds the three 组织生活 and five 重点工作 items as the hand-made page has them, with the same audiences', async () => {
    const d = await april();
    for (const section of ['组织生活', '重点工作'] as const) {
      const got = d.tasks.filter((t) => t.section === section).map((t) => [t.title, t.who]);
      const want = handMade.tasks.filter((t) => t.section === section).map((t) => [t.title, t.who]);
      expect(got).toEqual(want);
    }
    expect(d.tasks.filter((t) => t.section === '组织生活')).toHaveLength(3);
    expect(d.tasks.filter((t) => t.section === '重点工作')).toHaveLength(5);
    // Each item is a section of the page: a heading with the anchor its task points at.
    const anchors = d.body.filter((n) => n.kind === 'h3').map((n) => 'anchor' in n && n.anchor);
    for (const t of d.tasks.filter((t) => t.section !== '理论学习')) expect(anchors).toContain(t.anchor);
  });

  it('drafts both deadlines as 2022-05-06 to 组织人事处, tied to 附件1 and 附件2 and to their tasks', async () => {
    const d = await april();
    expect(d.deadlines.map((x) => [x.due, x.submitTo])).toEqual(handMade.deadlines.map((x) => [x.due, x.submitTo]));
    expect(d.deadlines.map((x) => x.due)).toEqual(['2022-05-06', '2022-05-06']);
    expect(d.deadlines[0].format).toBe('附件1 案例文本（体例）');
    expect(d.deadlines[1].format).toBe('附件2 《标准化建设考核验收登记表》');
    expect(d.deadlines[0].from).toBe('各党支部');
    expect(d.deadlines[1].what).toBe('标准化建设考核验收登记表');
    const h2 = d.body.filter((n) => n.kind === 'h2').map((n) => 'anchor' in n && n.anchor);
    expect(h2).toEqual(['study', 'org-life', 'key-work', 'attachment-1', 'attachment-2']);
    expect(d.tasks.find((t) => t.title === '开展入党积极分子“大培训”')?.deadline).toBe(d.deadlines[0].id);
    expect(d.tasks.find((t) => t.title === '组织党支部标准化建设大比武活动')?.deadline).toBe(d.deadlines[1].id);
  });

  it('keeps 附件2 as its two tables, every cell as the source has it', async () => {
    const d = await april();
    const tables = d.body.filter((n) => n.kind === 'table');
    expect(tables).toHaveLength(2);
    const cells = tables.flatMap((t) => ('rows' in t ? t.rows.flat().map((c) => c.text) : []));
    for (const name of ['班子任期', '经费保障', '“三会一课”', '验收结果']) expect(cells).toContain(name);
    expect(cells.join('')).toContain('学生入党积极分子人数与发展对象人数之比一般不低于3：1');
  });

  it('drafts the 学习内容参考 items as study entries quoting only the notice, titled like the hand-made ones', async () => {
    const d = await april();
    const handStudies = list('study', '.md')
      .map((f) => readFrontmatter(f) as { title: string; kind: string; order: number; notice: string })
      .filter((s) => s.notice === '2022-04' && s.kind !== '警示案例')
      .sort((a, b) => a.order - b.order);
    expect(d.studies.map((s) => [s.title, s.kind])).toEqual(handStudies.map((s) => [s.title, s.kind]));
    for (const s of d.studies) expect(source).toContain(s.quote);
  });

  it('writes MDX that passes the notice check, and lists every drafted field for review', async () => {
    const d = await april();
    const mdx = noticeMdx(d, 'april.docx');
    expect(noticeProblems(mdx, 'content/notices/2022-04.mdx')).toEqual([]);
    expect(mdx.match(/待核对/g)?.length).toBeGreaterThanOrEqual(d.deadlines.length * 4);
    for (const path of ['title', 'summary', 'deadlines.0.due', 'deadlines.1.submitTo', 'tasks.1.who']) expect(d.review.map((r) => r.path)).toContain(path);
    // Quoted: a YAML reader must not turn the dates into timestamps.
    expect(mdx).toContain('due: "2022-05-06"');
  });
});

/** A notice written as plain paragraphs, one per line; lines starting with | are a table row. */
async function docxOf(lines: string[]): Promise<Uint8Array> {
  return noticeDocx(lines.map((l) => (l.startsWith('|') ? l.slice(1).split('|').map((c) => `\t${c}`).join('\n') + '\n\n' : `${l}\n`)).join(''));
}

describe('edge cases', () => {
  it('resolves a January deadline in a December notice to the next year, and keeps a table in the body', async () => {
    const bytes = await docxOf(['党组织工作任务', '各党总支、党支部：', '一、重点工作', '（一）报送年度总结。请各党支部于1月10日前报送组织人事处。', '', '|支部|人数', '|甲党支部|12', '', '二、组织生活', '（一）召开组织生活会。各党支部要按要求召开。']);
    const d = draftNotice(await readDocxBlocks(bytes), '2022-12');
    expect(d.deadlines.map((x) => x.due)).toEqual(['2023-01-10']);
    expect(d.deadlines[0].from).toBe('各党支部');
    const table = d.body.find((n) => n.kind === 'table');
    expect(table && 'rows' in table && table.rows.map((r) => r.map((c) => c.text))).toEqual([['支部', '人数'], ['甲党支部', '12']]);
    expect(d.tasks.map((t) => t.who)).toEqual(['党支部', '党支部']);
    expect(noticeProblems(noticeMdx(d, 'dec.docx'), 'x.mdx')).toEqual([]);
  });

  it('resolves dates against the notice month and refuses dates that do not exist', () => {
    expect(resolveDate('2022-04', 5, 6)).toBe('2022-05-06');
    expect(resolveDate('2022-12', 1, 10)).toBe('2023-01-10');
    expect(resolveDate('2023-11', 2, 29)).toBe('2024-02-29');
    expect(resolveDate('2022-12', 2, 29)).toBeNull();
    expect(resolveDate('2022-04', 5, 32)).toBeNull();
    expect(resolveDate('2022-04', 13, 1)).toBeNull();
    expect(resolveDate('2022-12', 1, 10, 2022)).toBe('2022-01-10');
  });

  it('escapes what MDX would read as code, so the words reach the page as typed', async () => {
    const odd = '（一）特殊字符。{x} <b>粗</b> *星* _线_ [链](接) # 井号 $1 \\ 反斜杠 ` 反引号，于5月6日前报送组织人事处。';
    const d = draftNotice(await readDocxBlocks(await docxOf(['标题', '各党支部：', '二、组织生活', odd])), '2022-04');
    const mdx = noticeMdx(d, 'odd.docx');
    expect(mdx).not.toMatch(/<b>|\{x\}/);
    expect(mdx).toContain('&#123;x&#125; &lt;b&gt;粗&lt;/b&gt; \\*星\\* \\_线\\_ \\[链\\](接) \\# 井号 \\$1 \\\\ 反斜杠 \\` 反引号');
  });
});

describe('bad files: a clear message, nothing drafted', () => {
  const refuse = async (bytes: Uint8Array, month = '2022-04') => {
    try {
      draftNotice(await readDocxBlocks(bytes), month);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('accepted');
  };
  it('refuses a file that is not a .docx', async () => {
    expect(await refuse(new TextEncoder().encode('这不是 Word 文件'))).toMatch(/不是 Word 文档/);
    expect(await refuse(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatch(/不是 Word 文档/);
  });
  it('refuses an empty document', async () => {
    const empty = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })));
    expect(await refuse(empty)).toMatch(/空的/);
  });
  it('refuses a notice with no deadline, and one whose deadline does not exist', async () => {
    expect(await refuse(await docxOf(['标题', '各党支部：', '二、组织生活', '（一）召开会议。各党支部要召开。']))).toMatch(/没有找到报送截止日期/);
    expect(await refuse(await docxOf(['标题', '各党支部：', '二、组织生活', '（一）报送。于5月32日前报送组织人事处。']))).toMatch(/截止日期 5月32日 不是有效日期/);
  });
  it('refuses a month that is not YYYY-MM', async () => {
    expect(await refuse(await noticeDocx(source), '2022-4')).toMatch(/YYYY-MM/);
  });
  it('never throws anything but its own message on arbitrary blocks', () => {
    const block = fc.oneof(
      fc.record({ kind: fc.constant('p' as const), text: fc.string({ unit: 'grapheme' }) }).map((b): Block => ({ ...b, spans: [{ text: b.text, bold: false }] })),
      fc.constantFrom<Block>(
        { kind: 'p', text: '一、重点工作', spans: [{ text: '一、重点工作', bold: false }] },
        { kind: 'p', text: '（一）任务。于5月6日前报送组织人事处。', spans: [{ text: '（一）任务。于5月6日前报送组织人事处。', bold: true }] },
        { kind: 'p', text: '附件1', spans: [{ text: '附件1', bold: false }] },
        { kind: 'p', text: '一、理论学习', spans: [{ text: '一、理论学习', bold: false }] },
        { kind: 'p', text: '学习内容参考：', spans: [{ text: '学习内容参考：', bold: false }] },
        { kind: 'table', rows: [[{ text: 'x', rowSpan: 1, colSpan: 1 }]] },
      ),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        try {
          const d = draftNotice(blocks, '2022-04');
          expect(noticeProblems(noticeMdx(d, 'f.docx'), 'f.mdx')).toEqual([]);
        } catch (e) {
          if (!(e instanceof NoticeImportError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the notice check speaks plain Chinese with file and line', () => {
  const text = readFileSync(join(contentDir, 'notices', '2022-04.mdx'), 'utf8');
  const lineOf = (t: string, needle: string) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('accepts the real notice and a new skeleton', () => {
    expect(noticeProblems(text, 'content/notices/2022-04.mdx')).toEqual([]);
    expect(noticeProblems(skeletonMdx('2022-05'), 'content/notices/2022-05.mdx')).toEqual([]);
  });
  it('says which date is wrong and on which line', () => {
    const bad = text.replace('due: "2022-05-06"', 'due: "2022-05-32"');
    expect(noticeProblems(bad, 'content/notices/2022-05.mdx')).toEqual([`截止事项第 1 项的截止日期 2022年5月32日 不是有效日期（content/notices/2022-05.mdx 第 ${lineOf(bad, '2022-05-32')} 行）`]);
  });
  it('names a missing field, a wrong choice and broken YAML', () => {
    const noTitle = text.replace(/^title: .*\n/m, '');
    expect(noticeProblems(noTitle, 'f.mdx')[0]).toMatch(/^缺少标题（f\.mdx 第 \d+ 行）$/);
    const badWho = text.replace('who: 党支部', 'who: 支部');
    expect(noticeProblems(badWho, 'f.mdx')).toEqual([`工作任务第 2 项的对象 只能是 “党总支”、“党支部”、“全体” 之一（f.mdx 第 ${lineOf(badWho, 'who: 支部')} 行）`]);
    expect(noticeProblems(text.replace('tasks:', 'tasks: ['), 'f.mdx')).toEqual([expect.stringMatching(/^通知信息的格式有误.*（f\.mdx 第 \d+ 行）$/)]);
    expect(noticeProblems('没有开头', 'f.mdx')[0]).toMatch(/缺少用 --- 包起来的通知信息/);
  });
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => Array.isArray(noticeProblems(`---\n${s}\n---\n`, 'f.mdx'))));
  });
});
