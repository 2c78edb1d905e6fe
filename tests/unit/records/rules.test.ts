import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rule } from '../../../src/lib/content/schemas';
import { addMember, newMember, type Member, type Members } from '../../../src/lib/records/members';
import { newRecord, recordTypes, type OrgRecord, type Records } from '../../../src/lib/records/record';
import { evaluate, evidenceSummary, indexYear, lastDay } from '../../../src/lib/records/rules';

let n = 0;
function roster(...people: Partial<Member>[]): Members {
  let ms: Members = {};
  for (const p of people) ms = addMember(ms, newMember(ms, p, p.id ?? `m${n++}`));
  return ms;
}
function recs(...rs: Partial<OrgRecord>[]): Records {
  return Object.fromEntries(rs.map((r, i) => [`r${i}`, newRecord({ theme: 't', ...r }, `r${i}`)]));
}
const count = (type: OrgRecord['type'], per: 'month' | 'quarter' | 'half' | 'year', extra: Partial<Rule> = {}) =>
  ({ kind: 'count', quote: 'q', type, per, min: 1, ...extra }) as Rule;
const line = (rule: Rule, records: Records, today: string, year = 2022, members: Members = {}) => evaluate(rule, indexYear({ members, records }, year, today));

describe('counts per period', () => {
  it('counts months done, 缺 for months past and 未到 for months to come', () => {
    const r = recs(...[1, 2, 4, 5].map((m) => ({ type: '支部委员会' as const, date: `2022-0${m}-10` })));
    const e = line(count('支部委员会', 'month'), r, '2022-06-15');
    expect(e.line).toBe('支部委员会 4/12 个月 · 缺 3月 · 未到 6月、7月、8月、9月、10月、11月、12月');
    expect(e.state).toBe('short');
  });

  it('says a whole finished year with one month missing like the issue: 11/12 · 缺 3月', () => {
    const r = recs(...[1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({ type: '支部委员会' as const, date: `2022-${String(m).padStart(2, '0')}-01` })));
    expect(line(count('支部委员会', 'month'), r, '2023-01-01').line).toBe('支部委员会 11/12 个月 · 缺 3月');
  });

  it('names quarters, and puts records on the last and first day of a quarter in the right one', () => {
    const r = recs({ type: '党课', date: '2022-03-31' }, { type: '党课', date: '2022-04-01' }, { type: '党课', date: '2022-12-31' });
    expect(line(count('党课', 'quarter'), r, '2023-02-01').line).toBe('党课 3/4 季度 · 缺 第三季度');
  });

  it('treats the period that has not ended yet as 未到, even on its last day', () => {
    const r = recs({ type: '党课', date: '2022-01-05' });
    expect(line(count('党课', 'quarter'), r, '2022-06-30').line).toBe('党课 1/4 季度 · 未到 第二季度、第三季度、第四季度');
    expect(line(count('党课', 'quarter'), r, '2022-07-01').line).toBe('党课 1/4 季度 · 缺 第二季度 · 未到 第三季度、第四季度');
    expect(line(count('党课', 'quarter'), r, '2022-06-30').state).toBe('open');
  });

  it('knows February has 29 days in leap years', () => {
    expect(lastDay(2024, 2)).toBe('2024-02-29');
    expect(lastDay(2023, 2)).toBe('2023-02-28');
    expect(lastDay(2000, 2)).toBe('2000-02-29');
    expect(lastDay(1900, 2)).toBe('1900-02-28');
    const r = recs({ type: '主题党日', date: '2024-02-29' });
    const feb = (today: string) => line(count('主题党日', 'month', { months: [2] }), recs(), today, 2024).line;
    expect(feb('2024-02-29')).toBe('主题党日 0/1 次（2月） · 未到 2月');
    expect(feb('2024-03-01')).toBe('主题党日 0/1 次（2月） · 缺 2月');
    expect(line(count('主题党日', 'month', { months: [2] }), r, '2024-03-01', 2024).line).toBe('主题党日 1/1 次（2月）');
  });

  it('counts only the months a rule names (党费公示 in June and December), in halves too', () => {
    const r = recs({ type: '党费公示', date: '2022-06-30' }, { type: '党费公示', date: '2022-11-30' });
    expect(line(count('党费公示', 'month', { months: [6, 12] }), r, '2023-01-10').line).toBe('党费公示 1/2 次（6月、12月） · 缺 12月');
    expect(line(count('党费公示', 'half'), r, '2023-01-10').line).toBe('党费公示 2/2 半年');
  });

  it('counts a yearly duty by records, and leaves other years and other types out', () => {
    const r = recs({ type: '民主评议党员', date: '2021-12-31' }, { type: '党内表彰', date: '2022-07-01' }, { type: '民主评议党员', date: '2023-01-01' });
    expect(line(count('民主评议党员', 'year'), r, '2023-03-01').line).toBe('民主评议党员 0/1 次 · 缺 2022年');
    expect(line(count('民主评议党员', 'year'), r, '2022-03-01').line).toBe('民主评议党员 0/1 次 · 未到 2022年');
  });

  it('ignores undated records', () => {
    expect(line(count('党课', 'year'), recs({ type: '党课', date: '' }), '2023-01-01').state).toBe('short');
  });

  it('checks 党小组会 group by group when the list has 党小组', () => {
    const ms = roster({ id: 'a', group: '第一党小组' }, { id: 'b', group: '第二党小组' }, { id: 'c', group: '第二党小组' });
    const r = recs({ type: '党小组会', date: '2022-01-05', attendees: ['a'] }, { type: '党小组会', date: '2022-01-06', attendees: ['c'] }, { type: '党小组会', date: '2022-02-06', attendees: ['b'] });
    const e = line(count('党小组会', 'month', { perGroup: true }), r, '2022-03-01', 2022, ms);
    expect(e.line).toBe('党小组会 1/12 个月 · 缺 2月（第一党小组） · 未到 3月、4月、5月、6月、7月、8月、9月、10月、11月、12月');
  });

  it('agrees with a direct count on generated records (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(...recordTypes))), (days) => {
        const r = recs(...days.map(([m, d, type]) => ({ type, date: `2021-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` })));
        const months = new Set(days.filter(([, , t]) => t === '支部委员会').map(([m]) => m));
        const e = line(count('支部委员会', 'month'), r, '2022-01-01', 2021);
        expect(e.line.startsWith(`支部委员会 ${months.size}/12 个月`)).toBe(true);
        expect(e.state).toBe(months.size === 12 ? 'met' : 'short');
      }),
    );
  });
});

describe('hours per person', () => {
  const ms = roster(
    { id: 's', name: '张书记', role: '书记' },
    { id: 'p', name: '李党员' },
    { id: 'q', name: '王预备', category: '预备党员' },
    { id: 'x', name: '赵积极', category: '入党积极分子' },
    { id: 'j', name: '钱新来', joined: '2022-07-01' },
    { id: 'o', name: '孙已转', left: '2021-12-31' },
  );
  const r = recs(
    { type: '集中学习', date: '2022-03-01', hours: 30, attendees: ['s', 'p', 'q', 'x', 'j'] },
    { type: '党课', date: '2022-09-01', hours: 4, attendees: ['s', 'p', 'j'] },
    { type: '党课', date: '2021-09-01', hours: 40, attendees: ['q'] },
  );
  const hours = (who: '党员' | '委员', min: number, today: string) => line({ kind: 'hours', quote: 'q', who, min }, r, today, 2022, ms);

  it('lists party members below the minimum, counting only that year and leaving out 积极分子', () => {
    const e = hours('党员', 32, '2023-01-05');
    expect(e.line).toBe('学时未达 32 的党员：王预备 30 · 年内加入或转出、未计：钱新来 34');
    expect(e.state).toBe('short');
  });

  it('holds the committee to its own minimum', () => {
    expect(hours('委员', 56, '2023-01-05').line).toBe('学时未达 56 的书记和委员：张书记 34');
    expect(hours('委员', 30, '2023-01-05').line).toBe('学时达到 30 的书记和委员 1/1 人');
  });

  it('says the year is not over instead of 缺 while it runs', () => {
    const e = hours('党员', 32, '2022-10-01');
    expect(e.line).toContain('（年度未结束）');
    expect(e.state).toBe('open');
  });
});

describe('talk coverage', () => {
  const ms = roster({ id: 'a', name: '甲', role: '书记' }, { id: 'b', name: '乙', role: '委员' }, { id: 'c', name: '丙', role: '委员' }, { id: 'd', name: '丁' }, { id: 'e', name: '戊' }, { id: 'f', name: '己', category: '发展对象' });
  const r = recs({ type: '谈心谈话', date: '2022-05-01', attendees: ['b', 'a'] }, { type: '谈心谈话', date: '2022-05-02', attendees: ['a', 'd'] }, { type: '支部委员会', date: '2022-05-03', attendees: ['a', 'b', 'c', 'd', 'e'] });
  it('counts pairs of committee members talked with, in either order', () => {
    const e = line({ kind: 'talks', quote: 'q', between: '委员之间' }, r, '2023-01-01', 2022, ms);
    expect(e.line).toBe('委员之间谈心谈话 1/3 对 · 缺 甲—丙、乙—丙');
  });
  it('counts each committee member with each member, not meetings', () => {
    const e = line({ kind: 'talks', quote: 'q', between: '委员与党员' }, r, '2022-06-01', 2022, ms);
    expect(e.line).toBe('委员与党员谈心谈话 1/6 对 · 未谈 甲—戊、乙—丁、乙—戊、丙—丁、丙—戊');
    expect(e.state).toBe('open');
  });
});

describe('ratio of 积极分子 to 发展对象', () => {
  const rule: Rule = { kind: 'ratio', quote: 'q', min: 3 };
  const people = (a: number, d: number, extra: Partial<Member>[] = []) =>
    roster(...Array.from({ length: a }, () => ({ category: '入党积极分子' as const })), ...Array.from({ length: d }, () => ({ category: '发展对象' as const })), ...extra);
  it('meets 3:1 exactly at three times, and not below', () => {
    expect(line(rule, {}, '2023-01-01', 2022, people(6, 2)).line).toBe('入党积极分子 6 人，发展对象 2 人，比例 3:1（不低于 3:1）');
    expect(line(rule, {}, '2023-01-01', 2022, people(6, 2)).state).toBe('met');
    expect(line(rule, {}, '2023-01-01', 2022, people(5, 2)).state).toBe('short');
  });
  it('does not divide by zero', () => {
    expect(line(rule, {}, '2023-01-01', 2022, people(4, 0)).line).toContain('名单中没有发展对象');
  });
  it('counts people in the branch at the end of the year', () => {
    const ms = people(3, 1, [{ category: '入党积极分子', joined: '2023-03-01' }, { category: '发展对象', left: '2022-06-01' }]);
    expect(line(rule, {}, '2023-06-01', 2022, ms).line).toBe('入党积极分子 3 人，发展对象 1 人，比例 3:1（不低于 3:1）');
  });
});

describe('党课 speakers (党总支)', () => {
  it('names committee members who gave no 党课 that year', () => {
    const ms = roster({ name: '甲', role: '书记' }, { name: '乙', role: '委员' }, { name: '丙' });
    const r = recs({ type: '党课', date: '2022-04-01', speaker: ' 甲 ' }, { type: '党课', date: '2021-04-01', speaker: '乙' });
    const e = line({ kind: 'speakers', quote: 'q', type: '党课', min: 1 }, r, '2023-01-01', 2022, ms);
    expect(e.line).toBe('讲党课的班子成员 1/2 人 · 缺 乙');
  });
});

describe('summary for 说明', () => {
  it('joins the lines with the year', () => {
    const e = line(count('党课', 'year'), recs({ type: '党课', date: '2022-04-01' }), '2023-01-01');
    expect(evidenceSummary(2022, [e, e])).toBe('2022年台账记录：党课 1/1 次；党课 1/1 次。');
  });
});
