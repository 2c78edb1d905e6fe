import { describe, expect, it } from 'vitest';
import { attendance, monthCell, yearTable } from '../../../src/lib/records/book';
import { addMember, newMember, type Members } from '../../../src/lib/records/members';
import { newRecord, type Records } from '../../../src/lib/records/record';
import { bookRows } from '../../../src/lib/records/sheets';

let members: Members = {};
for (const [id, name] of [['a', '甲'], ['b', '乙'], ['c', '丙']]) members = addMember(members, newMember(members, { name }, id));
const records: Records = Object.fromEntries([
  newRecord({ type: '主题党日', date: '2022-04-19', theme: '学习', attendees: ['a', 'b'], absent: [{ id: 'c', reason: '出差' }], hours: 2 }, 'r2'),
  newRecord({ type: '主题党日', date: '2022-04-05', theme: '参观', attendees: ['a'], absent: [{ id: 'gone', reason: '' }] }, 'r1'),
  newRecord({ type: '党课', date: '2022-12-31', attendees: ['c'] }, 'r3'),
  newRecord({ type: '党课', date: '2021-06-01' }, 'old'),
  newRecord({ type: '党课', date: '' }, 'undated'),
].map((r) => [r.id, r]));

describe('yearTable', () => {
  it('counts each type by month with its days, for the one year only', () => {
    const rows = yearTable(records, 2022);
    const day = rows.find((r) => r.type === '主题党日')!;
    expect(day.months[3]).toEqual([5, 19]);
    expect(day.total).toBe(2);
    const lecture = rows.find((r) => r.type === '党课')!;
    expect(lecture.months[11]).toEqual([31]);
    expect(lecture.total).toBe(1);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(3);
  });
});

describe('monthCell', () => {
  it('says how many and on which days, or nothing', () => {
    expect(monthCell([5, 19])).toBe('2次（5日、19日）');
    expect(monthCell([])).toBe('');
  });
});

describe('attendance', () => {
  it('names who came in list order, and each absentee with a reason when given', () => {
    expect(attendance(records.r2, members)).toEqual({ expected: 3, present: 2, absent: ['丙（出差）'], presentNames: ['甲', '乙'] });
  });
  it('a person deleted from the list still counts, named as deleted', () => {
    expect(attendance(records.r1, members).absent).toEqual(['（已删除的人员）']);
  });
});

describe('bookRows', () => {
  it('is the printed 台账: title, the types × months table, then every record of the year in date order', () => {
    const rows = bookRows('物理系党支部', records, members, 2022);
    expect(rows[0]).toEqual(['物理系党支部 2022年组织生活台账']);
    expect(rows[2]).toEqual(['类型', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '合计']);
    expect(rows.find((r) => r[0] === '主题党日')?.slice(4, 5)).toEqual(['2次（5日、19日）']);
    const header = rows.findIndex((r) => r[0] === '日期');
    const listed = rows.slice(header + 1);
    expect(listed.map((r) => r[0])).toEqual(['2022年4月5日', '2022年4月19日', '2022年12月31日']);
    expect(listed[1].slice(7, 12)).toEqual(['3', '2', '丙（出差）', '2', '甲、乙']);
  });
  it('says when the organisation name is missing', () => {
    expect(bookRows(' ', {}, {}, 2022)[0]).toEqual(['（未填组织名称） 2022年组织生活台账']);
  });
});
