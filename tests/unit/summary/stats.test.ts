import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/storage/csv';
import type { SummaryEntry } from '../../../src/lib/summary/entries';
import { importFiles } from '../../../src/lib/summary/import';
import { aggregate, below, matrixView, share, shareText, type ViewOptions } from '../../../src/lib/summary/stats';
import { fullRows, matrixRows } from '../../../src/lib/summary/export';
import { entryId } from '../../../src/lib/summary/entries';
import { batch, formSpec, metBy, patterned } from '../../summary-files';

const zhibu = formSpec('zhibu');
const ids = zhibu.categories.flatMap((c) => c.items.map((i) => i.id));
const n = 200;
const drafts = Array.from({ length: n }, (_, i) => patterned('zhibu', i));
const entriesOf = (files: { name: string; text: string }[]): SummaryEntry[] =>
  [...importFiles(new Map(), files.map((f) => ({ ...f, size: f.text.length }))).entries.values()];
const all: ViewOptions = { col: 'self', filter: 'all', sort: 'name', threshold: null, reviewer: null };

// What the generator's rule implies (see patterned): org i meets items 0 … k-1, k = metBy(i).
const orgsWith = (test: (k: number, i: number) => boolean) => drafts.filter((_, i) => test(metBy(i, ids.length), i)).length;

describe('aggregation over 200 organisations', () => {
  const totals = aggregate(zhibu, drafts, 'self');

  it('counts, per item, the organisations that meet it, do not, and left it blank', () => {
    ids.forEach((id, j) => {
      const met = orgsWith((k) => k > j);
      const unmet = orgsWith((k) => k === j);
      expect(totals.items.get(id), id).toEqual({ met, unmet, blank: n - met - unmet });
    });
  });

  it('counts, per organisation, the items met, not met and blank', () => {
    totals.orgs.forEach((t, i) => {
      const k = metBy(i, ids.length);
      expect(t, drafts[i].orgName).toEqual({ met: k, unmet: k < ids.length ? 1 : 0, blank: ids.length - k - (k < ids.length ? 1 : 0) });
    });
  });

  it('sums each category over its items and organisations', () => {
    zhibu.categories.forEach((c, ci) => {
      const met = c.items.reduce((sum, item) => sum + orgsWith((k) => k > ids.indexOf(item.id)), 0);
      const unmet = c.items.reduce((sum, item) => sum + orgsWith((k) => k === ids.indexOf(item.id)), 0);
      expect(totals.categories[ci]).toEqual({ id: c.id, name: c.name, met, unmet, blank: c.items.length * n - met - unmet, cells: c.items.length * n });
    });
  });

  it('counts the superior’s column separately: only every third organisation was assessed', () => {
    const superior = aggregate(zhibu, drafts, 'superior');
    ids.forEach((id, j) => expect(superior.items.get(id)!.met, id).toBe(orgsWith((k, i) => i % 3 === 0 && k > j)));
  });

  it('ignores answers to items the form no longer has', () => {
    const extra = { ...drafts[0], answers: { ...drafts[0].answers, 'zhibu.retired': { self: '达标' as const } } };
    expect(aggregate(zhibu, [extra], 'self').orgs[0]).toEqual({ met: 0, unmet: 1, blank: 19 });
  });

  it('handles no organisations at all', () => {
    const empty = aggregate(zhibu, [], 'self');
    expect(empty.orgs).toEqual([]);
    expect([...empty.items.values()].every((t) => t.met + t.unmet + t.blank === 0)).toBe(true);
    expect(share({ met: 0, unmet: 0, blank: 5 })).toBe('—');
  });
});

describe('filters and sorting', () => {
  const entries = entriesOf([...batch('zhibu', 42), ...batch('zongzhi', 3)]);

  it('shows one form’s organisations, by name with numbers in order', () => {
    const v = matrixView(zhibu, entries, all);
    expect(v.orgs).toBe(42);
    expect(v.rows.map((r) => r.entry.draft.orgName).slice(0, 3)).toEqual(['测试党支部001', '测试党支部002', '测试党支部003']);
  });

  it('keeps organisations with any 未达标, or any blank', () => {
    const unmet = matrixView(zhibu, entries, { ...all, filter: 'unmet' });
    // Organisations meeting all 20 items (k = 20: i = 20, 41) have no 未达标.
    expect(unmet.rows.map((r) => r.entry.draft.orgName)).not.toContain('测试党支部021');
    expect(unmet.rows).toHaveLength(40);
    expect(matrixView(zhibu, entries, { ...all, filter: 'blank' }).rows).toHaveLength(42 - 2 - 2);
  });

  it('sorts by items met, either way, and by save time', () => {
    const up = matrixView(zhibu, entries, { ...all, sort: 'met-asc' }).rows.map((r) => r.tally.met);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up[0]).toBe(0);
    const down = matrixView(zhibu, entries, { ...all, sort: 'met-desc' }).rows;
    expect(down[0].tally.met).toBe(20);
    expect(matrixView(zhibu, entries, { ...all, sort: 'newest' }).rows[0].entry.draft.orgName).toBe('测试党支部042');
  });

  it('shows only items met by fewer than the threshold of the organisations that answered them', () => {
    // Item j is met by the organisations with k > j; of 42 (k = 0…20 twice) that is 2 × (20 − j),
    // and answered by those with k >= j: 2 × (21 − j). 未填 is never counted as not met.
    const v = matrixView(zhibu, entries, { ...all, threshold: 80 });
    const shown = v.categories.flatMap((c) => c.items.map((i) => ids.indexOf(i.id)));
    expect(shown).toEqual(ids.map((_, j) => j).filter((j) => 2 * (20 - j) * 100 < 80 * 2 * (21 - j)));
    // The filter never changes the totals.
    expect(v.totals).toEqual(matrixView(zhibu, entries, all).totals);
    expect(matrixView(zhibu, entries, { ...all, threshold: 100, filter: 'unmet' }).categories.flatMap((c) => c.items)).toHaveLength(20);
  });
});

describe('matrix as CSV', () => {
  it('has a title, the category row, the header, one row per organisation and the totals', () => {
    const entries = entriesOf(batch('zhibu', 3));
    const rows = matrixRows(zhibu, matrixView(zhibu, entries, all), 'self');
    expect(rows[0]).toEqual(['党支部标准化建设考核验收登记表汇总（自评是否达标）']);
    expect(rows[1].slice(0, 4)).toEqual(['项目', '', '', '班子队伍建设']);
    expect(rows[2].slice(0, 4)).toEqual(['党支部名称', '达标项数（共20项）', '已填项数', '班子配备职数']);
    expect(rows[2]).toHaveLength(3 + 20 + 2);
    expect(rows.slice(3, 6).map((r) => r.slice(0, 6))).toEqual([
      ['测试党支部001', '0', '1', '未达标', '未填', '未填'],
      ['测试党支部002', '1', '2', '达标', '未达标', '未填'],
      ['测试党支部003', '2', '3', '达标', '达标', '未达标'],
    ]);
    expect(rows[6].slice(0, 6)).toEqual(['达标率（达标/已填，共3个党支部）', '', '', '67%（2/3）', '50%（1/2，未填 1）', '0%（0/1，未填 2）']);
    expect(toCsv(rows).startsWith('\uFEFF党支部标准化建设考核验收登记表汇总（自评是否达标）\r\n项目,,,班子队伍建设')).toBe(true);
  });
});

describe('three states and percentages', () => {
  it('takes percentages of the answered only, rounded to the nearest per cent, counts beside', () => {
    expect(share({ met: 7, unmet: 1, blank: 0 })).toBe('88%');
    expect(share({ met: 2, unmet: 0, blank: 6 })).toBe('100%');
    expect(share({ met: 1, unmet: 2, blank: 0 })).toBe('33%');
    expect(shareText({ met: 7, unmet: 1, blank: 3 })).toBe('88%（7/8，未填 3）');
    expect(shareText({ met: 0, unmet: 0, blank: 8 })).toBe('—（0/0，未填 8）');
  });

  it('never marks an item nobody answered as low, and counts 未填 apart', () => {
    expect(below({ met: 0, unmet: 0, blank: 8 }, 80)).toBe(false);
    expect(below({ met: 2, unmet: 0, blank: 6 }, 80)).toBe(false);
    expect(below({ met: 3, unmet: 1, blank: 0 }, 80)).toBe(true);
    const nothingReviewed = aggregate(zhibu, drafts.slice(1, 3), 'superior');
    expect(nothingReviewed.categories.every((c) => c.met === 0 && c.unmet === 0 && c.blank === c.cells)).toBe(true);
  });
});

describe('reviewers', () => {
  const reviewed = (i: number, reviewer: string) => ({ ...patterned('zhibu', i), reviewer });
  const entries: SummaryEntry[] = [reviewed(0, '乙党总支'), reviewed(1, '甲党总支'), reviewed(2, ''), reviewed(3, '甲党总支')].map((d) => ({ id: entryId(d), fileName: 'f', savedAt: '2026-11-20T08:00:00.000Z', draft: d }));

  it('filters by the reviewing 党总支 and groups by it, unnamed last', () => {
    expect(matrixView(zhibu, entries, { ...all, reviewer: '甲党总支' }).rows.map((r) => r.entry.draft.orgName)).toEqual(['测试党支部002', '测试党支部004']);
    const grouped = matrixView(zhibu, entries, { ...all, sort: 'reviewer' });
    expect(grouped.rows.map((r) => r.reviewer)).toEqual(['甲党总支', '甲党总支', '乙党总支', '']);
    expect(grouped.reviewers).toEqual(['甲党总支', '乙党总支', '']);
  });

  it('writes every field to the full CSV, and the organisations that have not sent', () => {
    const rows = fullRows([zhibu], entries.slice(0, 1), [{ name: '丙党支部', form: 'zhibu', parent: '甲党总支' }]);
    expect(rows[0]).toEqual(['组织名称', '登记表', '报送情况', '申报时间', '项目', '标准条目', '自评是否达标', '上级验收是否达标', '说明', '验收结果', '验收组织', '自评保存时间', '验收保存时间', '文件保存时间', '来自文件']);
    expect(rows).toHaveLength(1 + 20 + 1);
    expect(rows[1].slice(0, 11)).toEqual(['测试党支部001', '党支部标准化建设考核验收登记表', '已报送', '2026-11-20', '班子队伍建设', '班子配备职数', '未达标', '未达标', '', '', '乙党总支']);
    expect(rows[21]).toEqual(['丙党支部', '党支部标准化建设考核验收登记表', '未报送', '', '', '', '', '', '', '', '甲党总支', '', '', '', '']);
  });
});
