import { describe, expect, it } from 'vitest';
import { chineseDate, chineseMonth } from '../../../src/lib/content/dates';
import { tableOfContents } from '../../../src/lib/content/toc';
import { newestFirst, tasksBySection } from '../../../src/lib/content/notices';
import { splitHeadingId } from '../../../src/lib/content/heading-ids';
import { navSection } from '../../../src/lib/content/site';
import type { Task } from '../../../src/lib/content/schemas';

describe('dates', () => {
  it('writes dates and months the Chinese way without leading zeros', () => {
    expect(chineseDate('2022-05-06')).toBe('2022年5月6日');
    expect(chineseDate('2023-12-31')).toBe('2023年12月31日');
    expect(chineseMonth('2022-04')).toBe('2022年4月');
  });
});

describe('heading ids', () => {
  it('splits a trailing {#id} marker off heading text', () => {
    expect(splitHeadingId('一、理论学习 {#study}')).toEqual({ text: '一、理论学习', id: 'study' });
    expect(splitHeadingId('（一）制定2022年党员发展计划{#recruitment-plan}')).toEqual({ text: '（一）制定2022年党员发展计划', id: 'recruitment-plan' });
  });
  it('leaves headings without a marker, or with a non-ASCII one, alone', () => {
    expect(splitHeadingId('附件')).toBeNull();
    expect(splitHeadingId('附件 {#附件}')).toBeNull();
  });
});

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and ignores other depths', () => {
    const toc = tableOfContents([
      { depth: 3, slug: 'orphan', text: '孤立' },
      { depth: 2, slug: 'a', text: '一' },
      { depth: 3, slug: 'a1', text: '（一）' },
      { depth: 4, slug: 'deep', text: '深' },
      { depth: 2, slug: 'b', text: '二' },
    ]);
    expect(toc.map((h) => [h.slug, h.children.map((c) => c.slug)])).toEqual([['a', ['a1']], ['b', []]]);
  });
});

describe('notices', () => {
  it('sorts newest month first', () => {
    const n = (month: string) => ({ data: { month } });
    expect(newestFirst([n('2022-04'), n('2023-01'), n('2022-12')]).map((x) => x.data.month)).toEqual(['2023-01', '2022-12', '2022-04']);
  });
  it('groups tasks by section in notice order and drops empty sections', () => {
    const t = (id: string, section: Task['section']): Task => ({ id, section, title: id, who: '全体', anchor: id });
    const groups = tasksBySection([t('b', '重点工作'), t('a', '理论学习'), t('c', '重点工作')]);
    expect(groups.map((g) => [g.section, g.tasks.map((x) => x.id)])).toEqual([['理论学习', ['a']], ['重点工作', ['b', 'c']]]);
  });
});

describe('navigation', () => {
  it('marks the section a page belongs to', () => {
    expect(navSection('/notices/2022-04/')).toBe('/notices/');
    expect(navSection('/checklist/zongzhi/')).toBe('/checklist/zhibu/');
    expect(navSection('/records/')).toBe('/records/');
    expect(navSection('/')).toBeUndefined();
  });
});
