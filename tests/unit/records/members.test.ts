import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  addMember, duplicateNames, inBranchOn, isCommittee, isPartyMember, member, memberList, memberMap, memberName, newMember,
  removeMember, updateMember, type Members,
} from '../../../src/lib/records/members';
import { memberRows } from '../../../src/lib/records/sheets';

function build(...people: Parameters<typeof newMember>[1][]): Members {
  let ms: Members = {};
  people.forEach((p, i) => (ms = addMember(ms, newMember(ms, p, `m${i}`))));
  return ms;
}

describe('member list', () => {
  it('gives new members the next order number and sensible defaults', () => {
    const ms = build({ name: '张三' }, { name: '李四' });
    expect(ms.m0).toEqual({ id: 'm0', name: '张三', role: '党员', category: '正式党员', group: '', seq: 0 });
    expect(ms.m1.seq).toBe(1);
    expect(v.is(memberMap, ms)).toBe(true);
  });

  it('lists 书记, 副书记, 委员 before 党员, each in the order added', () => {
    const ms = build({ name: '甲' }, { name: '乙', role: '委员' }, { name: '丙', role: '书记' }, { name: '丁', role: '委员' }, { name: '戊', role: '副书记' });
    expect(memberList(ms).map((m) => m.name)).toEqual(['丙', '戊', '乙', '丁', '甲']);
  });

  it('updates one member by id, cuts long text, drops cleared dates, and leaves the input alone', () => {
    const ms = build({ name: '张三' });
    const a = updateMember(ms, 'm0', { name: '张'.repeat(100), joined: '2022-07-01' });
    expect(a.m0.name).toHaveLength(40);
    expect(a.m0.joined).toBe('2022-07-01');
    expect('joined' in updateMember(a, 'm0', { joined: '' }).m0).toBe(false);
    expect(ms.m0.name).toBe('张三');
    expect(updateMember(ms, 'nobody', { name: 'x' })).toBe(ms);
  });

  it('removes a member and keeps the others', () => {
    const ms = removeMember(build({ name: '甲' }, { name: '乙' }), 'm0');
    expect(Object.keys(ms)).toEqual(['m1']);
  });

  it('tells committee members and party members apart', () => {
    expect(isCommittee({ role: '委员' })).toBe(true);
    expect(isCommittee({ role: '党员' })).toBe(false);
    expect(isPartyMember({ category: '预备党员' })).toBe(true);
    expect(isPartyMember({ category: '发展对象' })).toBe(false);
  });

  it('knows who was in the branch on a day, boundaries included', () => {
    const m = { joined: '2022-07-01', left: '2022-11-30' };
    expect(inBranchOn(m, '2022-06-30')).toBe(false);
    expect(inBranchOn(m, '2022-07-01')).toBe(true);
    expect(inBranchOn(m, '2022-11-30')).toBe(true);
    expect(inBranchOn(m, '2022-12-01')).toBe(false);
    expect(inBranchOn({}, '1990-01-01')).toBe(true);
  });

  it('names people, including blank and deleted ones', () => {
    const ms = build({ name: ' ' });
    expect(memberName(ms.m0)).toBe('（未填姓名）');
    expect(memberName(undefined)).toBe('（已删除的人员）');
  });

  it('finds names typed twice', () => {
    expect(duplicateNames(build({ name: '张 伟' }, { name: '张伟' }, { name: '李四' }, { name: '' }, { name: '' }))).toEqual(['张伟']);
  });

  it('rejects impossible stored members with a reason', () => {
    const ok = newMember({}, { name: '张三' }, 'a');
    expect(v.is(member, { ...ok, role: '主任' })).toBe(false);
    expect(v.is(member, { ...ok, joined: '2022-02-30' })).toBe(false);
    expect(v.is(member, { ...ok, name: '\uD800' })).toBe(false);
    expect(v.is(memberMap, { b: ok })).toBe(false);
  });

  it('exports the roster as rows in list order', () => {
    const rows = memberRows(build({ name: '甲', group: '第一党小组' }, { name: '乙', role: '书记', joined: '2020-01-02' }));
    expect(rows).toEqual([
      ['序号', '姓名', '职务', '类别', '党小组', '加入日期', '转出日期'],
      ['1', '乙', '书记', '正式党员', '', '2020-01-02', ''],
      ['2', '甲', '党员', '正式党员', '第一党小组', '', ''],
    ]);
  });
});
