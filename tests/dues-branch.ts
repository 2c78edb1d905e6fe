// A made-up branch of 12 members for the dues tests: one per bracket boundary and category, so
// every month's dues are known without the engine (the figures below are worked by hand).
import { writeEnvelope } from '../src/lib/storage/envelope';
import { branchSpec, emptyBranch, type BranchDraft } from '../src/lib/records/branch';
import { branchPrefix } from '../src/lib/records/keys';
import { addMember, newMember } from '../src/lib/records/members';
import { emptyMemberDues, setChange, type BaseChange } from '../src/lib/dues/schedule';

type Row = [name: string, category: BaseChange['category'], fen: number, owed: string, probationFrom?: string];

export const members: Row[] = [
  ['张伟', '在职', 300000, '15.00'],
  ['王芳', '在职', 300001, '30.00'],
  ['李娜', '在职', 500000, '50.00'],
  ['刘洋', '在职', 500001, '75.00'],
  ['陈静', '在职', 1000000, '150.00'],
  ['杨帆', '在职', 1000001, '200.00'],
  ['赵磊', '离退休', 500000, '25.00'],
  ['黄敏', '离退休', 500001, '50.00'],
  ['周强', '学生', 0, '0.20'],
  ['吴婷', '农民', 50, '0.50'],
  ['徐明', '年薪制', 800000, '120.00'],
  ['孙丽', '学生', 0, '0.20', '2026-03'],
];

export function duesBranch(): BranchDraft {
  let d: BranchDraft = { ...emptyBranch('duestest'), orgName: '物理系党支部' };
  const dues: NonNullable<BranchDraft['dues']> = { deductions: ['住房公积金'], members: {} };
  members.forEach(([name, category, fen, , probationFrom], i) => {
    const id = `m${String(i + 1).padStart(2, '0')}`;
    d = { ...d, members: addMember(d.members, newMember(d.members, { name, ...(probationFrom && { category: '预备党员' }) }, id)) };
    dues.members[id] = { ...setChange(emptyMemberDues(), { from: '2025-01', category, fen }), ...(probationFrom && { probationFrom }) };
  });
  return { ...d, dues };
}

/** The branch as localStorage holds it. */
export function storedBranch(d = duesBranch()): [string, string] {
  return [branchPrefix + d.id, writeEnvelope(d, branchSpec, new Date('2026-06-30T08:00:00Z'))];
}
