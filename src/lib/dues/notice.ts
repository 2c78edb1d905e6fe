// The branch's dues for one half-year, as the roll shows it and the 公示 prints and exports it:
// which members pay, what each owed and paid each month, the totals. Pure.
import { chineseDate } from '../content/dates';
import { isPartyMember, memberList, memberName, type Member } from '../records/members';
import { newRecord, type OrgRecord } from '../records/record';
import type { BranchDraft } from '../records/branch';
import { formatYuan } from './money';
import { rules } from './rules';
import { deductionText, emptyDues, emptyMemberDues, halfMonths, memberMonths, type BranchDues, type MemberMonths } from './schedule';

export type Half = 1 | 2;

export const halfLabel = (half: Half) => (half === 1 ? '1–6月' : '7–12月');

export interface RollRow {
  member: Member;
  dues: MemberMonths;
}

export interface Roll {
  year: number;
  half: Half;
  months: string[];
  rows: RollRow[];
  /** Per month: owed and paid by all members. */
  monthDue: number[];
  monthPaid: number[];
  dueFen: number;
  paidFen: number;
}

const lastDay = (month: string) => `${month}-31`;

/** Members who owe dues some time in the half: 正式/预备党员 in the branch then. */
function inHalf(m: Member, months: string[]): boolean {
  return isPartyMember(m) && (!m.joined || m.joined <= lastDay(months[5])) && (!m.left || m.left >= `${months[0]}-01`);
}

/** A member outside the branch in a month (joined later, left earlier) owes nothing here. */
function outOfBranch(m: Member, month: string): string | null {
  if (m.joined && m.joined.slice(0, 7) > month) return '尚未转入';
  if (m.left && m.left.slice(0, 7) < month) return '已转出';
  return null;
}

export const duesOf = (d: Pick<BranchDraft, 'dues'>): BranchDues => d.dues ?? emptyDues();

export function roll(d: BranchDraft, year: number, half: Half): Roll {
  const months = halfMonths(year, half);
  const dues = duesOf(d);
  const rows = memberList(d.members)
    .filter((m) => inHalf(m, months))
    .map((member) => {
      const md = memberMonths(dues.members[member.id] ?? emptyMemberDues(), months);
      // Months outside the branch owe nothing (payments recorded anyway still count as paid).
      md.months = md.months.map((x) => {
        const out = outOfBranch(member, x.month);
        return out ? { ...x, dues: { due: false, reason: out } } : x;
      });
      md.dueFen = md.months.reduce((n, x) => n + (x.dues.due && x.dues.ok ? x.dues.fen : 0), 0);
      return { member, dues: md };
    });
  const monthDue = months.map((_, i) => rows.reduce((n, r) => n + dueAt(r, i), 0));
  const monthPaid = months.map((_, i) => rows.reduce((n, r) => n + r.dues.months[i].paidFen, 0));
  return { year, half, months, rows, monthDue, monthPaid, dueFen: sum(monthDue), paidFen: sum(monthPaid) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
function dueAt(r: RollRow, i: number): number {
  const x = r.dues.months[i].dues;
  return x.due && x.ok ? x.fen : 0;
}

export const noticeTitle = (d: BranchDraft, year: number, half: Half) => `${d.orgName.trim() || '（支部名称）'}党费收缴情况公示（${year}年${halfLabel(half)}）`;

/** The lines every 公示 ends with: rule, deduction setting, rounding. */
export function noticeNotes(d: BranchDraft): string[] {
  return [`交纳标准：${rules.source}。`, `${deductionText(duesOf(d))}。`, `金额单位：元。${rules.rounding}`];
}

const monthName = (month: string) => `${Number(month.slice(5))}月`;

/** One month's cell: owed / paid, or — when nothing was owed. */
function cell(r: RollRow, i: number): string {
  const x = r.dues.months[i];
  const owed = x.dues.due && x.dues.ok ? formatYuan(x.dues.fen) : '—';
  const paid = x.payment?.paid ? formatYuan(x.paidFen) : '未交';
  return owed === '—' && !x.payment?.paid ? '—' : `${owed} / ${paid}`;
}

/**
 * The 公示 as spreadsheet rows (CSV and .xlsx): only what the printed 公示 shows. Base income is
 * included only when `withBase` is set (the user asked for it).
 */
export function noticeRows(d: BranchDraft, r: Roll, today: string, withBase = false): string[][] {
  const head = ['序号', '姓名', ...(withBase ? ['计算基数'] : []), ...r.months.map((m) => `${monthName(m)}应交/实交`), '应交合计', '实交合计'];
  const rows: string[][] = [[noticeTitle(d, r.year, r.half)], head];
  r.rows.forEach((row, n) => {
    const base = row.dues.months.map((x) => (x.dues.due ? formatYuan(x.dues.change.fen) : '')).filter(Boolean);
    rows.push([
      String(n + 1),
      memberName(row.member),
      ...(withBase ? [[...new Set(base)].join('、')] : []),
      ...r.months.map((_, i) => cell(row, i)),
      formatYuan(row.dues.dueFen),
      formatYuan(row.dues.paidFen),
    ]);
  });
  rows.push(['合计', '', ...(withBase ? [''] : []), ...r.months.map((_, i) => `${formatYuan(r.monthDue[i])} / ${formatYuan(r.monthPaid[i])}`), formatYuan(r.dueFen), formatYuan(r.paidFen)]);
  rows.push([]);
  for (const n of noticeNotes(d)) rows.push([n]);
  rows.push([`公示日期：${chineseDate(today)}`]);
  rows.push(['支部书记（签字）：']);
  return rows;
}

/** The 党费公示 record the print or export leaves in the branch's records, once per half-year. */
export function withNoticeRecord(d: BranchDraft, year: number, half: Half, today: string, id?: string): BranchDraft {
  const theme = `${year}年${halfLabel(half)}党费收缴情况公示`;
  if (Object.values(d.records).some((x) => x.type === '党费公示' && x.theme === theme)) return d;
  const rec: OrgRecord = newRecord({ type: '党费公示', date: today, theme, content: '公示党员党费交纳情况。' }, id);
  return { ...d, records: { ...d.records, [rec.id]: rec } };
}
