// What the branch keeps about dues (stored with the branch draft as its optional `dues` field):
// the local deduction rule, and per member the category and base over time, the 预备党员 month,
// and each month's payment. The stored shape is in schema.ts; these are the pure functions on it.
import { monthlyDues, rules, type Dues } from './rules';
import type { BaseChange, BranchDues, MemberDues, Payment } from './schema';

export { baseChange, branchDues, memberDues, payment, type BaseChange, type BranchDues, type MemberDues, type Payment } from './schema';

export const emptyDues = (): BranchDues => ({ deductions: [], members: {} });
export const emptyMemberDues = (): MemberDues => ({ history: [], payments: {} });

/** The deduction setting as printed on every 公示. */
export function deductionText(d: BranchDues): string {
  return `计算基数为扣除${[...rules.deductions.always, ...d.deductions].join('、')}后的收入`;
}

export type MonthDues = { due: false; reason: string } | ({ due: true; change: BaseChange } & Dues);

/** The change in force in `month`: the latest that starts in or before it. */
export function changeFor(m: MemberDues, month: string): BaseChange | undefined {
  let found: BaseChange | undefined;
  for (const c of m.history) if (c.from <= month && (!found || c.from >= found.from)) found = c;
  return found;
}

/** What the member owes for `month` (YYYY-MM), and by which rule. */
export function duesFor(m: MemberDues, month: string): MonthDues {
  if (m.probationFrom && month < m.probationFrom) return { due: false, reason: '尚未成为预备党员' };
  const c = changeFor(m, month);
  if (!c) return { due: false, reason: '未填写类别和基数' };
  return { due: true, change: c, ...monthlyDues(c.category, c.fen) };
}

/** The six months of a half-year: 1 → 1–6月, 2 → 7–12月. */
export function halfMonths(year: number, half: 1 | 2): string[] {
  return Array.from({ length: 6 }, (_, i) => `${year}-${String(i + 1 + (half - 1) * 6).padStart(2, '0')}`);
}

/** What counts as paid: the amount recorded, else what was due. */
export function paidFen(p: Payment | undefined, d: MonthDues): number {
  if (!p?.paid) return 0;
  return p.fen ?? (d.due && d.ok ? d.fen : 0);
}

export interface MemberMonths {
  months: { month: string; dues: MonthDues; payment?: Payment; paidFen: number }[];
  dueFen: number;
  paidFen: number;
}

export function memberMonths(m: MemberDues, months: string[]): MemberMonths {
  const rows = months.map((month) => {
    const dues = duesFor(m, month);
    const payment = m.payments[month];
    return { month, dues, payment, paidFen: paidFen(payment, dues) };
  });
  return {
    months: rows,
    dueFen: rows.reduce((n, r) => n + (r.dues.due && r.dues.ok ? r.dues.fen : 0), 0),
    paidFen: rows.reduce((n, r) => n + r.paidFen, 0),
  };
}

/** Sets the base (and category) from `from` on; a change starting that same month is replaced. */
export function setChange(m: MemberDues, change: BaseChange): MemberDues {
  const history = [...m.history.filter((c) => c.from !== change.from), change].sort((a, b) => a.from.localeCompare(b.from));
  return { ...m, history };
}

export function removeChange(m: MemberDues, from: string): MemberDues {
  return { ...m, history: m.history.filter((c) => c.from !== from) };
}

/** Records a month's payment; 未交 with nothing else recorded drops the entry. */
export function setPayment(m: MemberDues, month: string, p: Payment): MemberDues {
  const payments = { ...m.payments };
  const clean: Payment = { paid: p.paid, ...(p.fen !== undefined && { fen: p.fen }), ...(p.date && { date: p.date }) };
  if (!clean.paid && clean.fen === undefined && !clean.date) delete payments[month];
  else payments[month] = clean;
  return { ...m, payments };
}

