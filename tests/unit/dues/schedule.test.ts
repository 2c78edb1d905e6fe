import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  branchDues, changeFor, deductionText, duesFor, emptyDues, emptyMemberDues, halfMonths, memberMonths, removeChange, setChange, setPayment,
  type MemberDues,
} from '../../../src/lib/dues/schedule';

const fenOf = (m: MemberDues, month: string) => {
  const d = duesFor(m, month);
  return d.due && d.ok ? d.fen : null;
};

describe('mid-year base changes', () => {
  const m = setChange(setChange(emptyMemberDues(), { from: '2026-01', category: '在职', fen: 490000 }), { from: '2026-04', category: '在职', fen: 510000 });

  it('applies the new base from its month on, the old one before', () => {
    expect(halfMonths(2026, 1).map((month) => fenOf(m, month))).toEqual([4900, 4900, 4900, 7650, 7650, 7650]);
    expect(memberMonths(m, halfMonths(2026, 1)).dueFen).toBe(3 * 4900 + 3 * 7650);
  });

  it('keeps a base that started in an earlier year', () => {
    expect(fenOf(m, '2027-03')).toBe(7650);
    expect(fenOf(m, '2025-12')).toBeNull();
    expect(duesFor(m, '2025-12')).toEqual({ due: false, reason: '未填写类别和基数' });
  });

  it('changes category too (retiring mid-year), whatever order the history was entered in', () => {
    const r = setChange(setChange(emptyMemberDues(), { from: '2026-09', category: '离退休', fen: 500000 }), { from: '2026-01', category: '在职', fen: 500000 });
    expect(r.history.map((c) => c.from)).toEqual(['2026-01', '2026-09']);
    expect(halfMonths(2026, 2).map((month) => fenOf(r, month))).toEqual([5000, 5000, 2500, 2500, 2500, 2500]);
    expect(changeFor(r, '2026-08')?.category).toBe('在职');
  });

  it('replaces a change that starts in the same month, and removes one', () => {
    const r = setChange(m, { from: '2026-04', category: '在职', fen: 300000 });
    expect(r.history).toHaveLength(2);
    expect(fenOf(r, '2026-05')).toBe(1500);
    expect(fenOf(removeChange(r, '2026-04'), '2026-05')).toBe(4900);
  });
});

describe('预备党员', () => {
  it('pays from the month the 支部大会 admits them', () => {
    const m = { ...setChange(emptyMemberDues(), { from: '2026-01', category: '学生', fen: 0 }), probationFrom: '2026-03' };
    expect(halfMonths(2026, 1).map((month) => fenOf(m, month))).toEqual([null, null, 20, 20, 20, 20]);
    expect(duesFor(m, '2026-02')).toEqual({ due: false, reason: '尚未成为预备党员' });
    expect(memberMonths(m, halfMonths(2026, 1)).dueFen).toBe(80);
  });
});

describe('payments', () => {
  const m = setChange(emptyMemberDues(), { from: '2026-01', category: '在职', fen: 510000 });

  it('counts 已交 as the amount due unless another amount was recorded', () => {
    let p = setPayment(m, '2026-01', { paid: true, date: '2026-01-15' });
    p = setPayment(p, '2026-02', { paid: true, fen: 8000 });
    const r = memberMonths(p, halfMonths(2026, 1));
    expect(r.months.map((x) => x.paidFen)).toEqual([7650, 8000, 0, 0, 0, 0]);
    expect(r.paidFen).toBe(15650);
    expect(r.dueFen).toBe(6 * 7650);
  });

  it('drops an entry set back to 未交 with nothing recorded', () => {
    const p = setPayment(setPayment(m, '2026-01', { paid: true }), '2026-01', { paid: false, date: '' });
    expect(p.payments).toEqual({});
    expect(m.payments).toEqual({});
  });
});

describe('stored shape', () => {
  it('accepts what the functions make and refuses impossible values', () => {
    const good = { deductions: ['养老保险'], members: { a: setPayment(setChange(emptyMemberDues(), { from: '2026-01', category: '农民', fen: 50 }), '2026-01', { paid: true, date: '2026-01-31' }) } };
    expect(v.safeParse(branchDues, good).success).toBe(true);
    expect(v.safeParse(branchDues, emptyDues()).success).toBe(true);
    const bad = [
      { ...good, deductions: ['个人所得税'] },
      { ...good, members: { a: { history: [{ from: '2026-13', category: '在职', fen: 1 }], payments: {} } } },
      { ...good, members: { a: { history: [{ from: '2026-01', category: '干部', fen: 1 }], payments: {} } } },
      { ...good, members: { a: { history: [{ from: '2026-01', category: '在职', fen: 1.5 }], payments: {} } } },
      { ...good, members: { a: { history: [], payments: { '2026-01': { paid: true, date: '2026-02-30' } } } } },
    ];
    for (const b of bad) expect(v.safeParse(branchDues, b).success, JSON.stringify(b)).toBe(false);
  });

  it('states the deduction setting in words', () => {
    expect(deductionText(emptyDues())).toBe('计算基数为扣除个人所得税后的收入');
    expect(deductionText({ deductions: ['养老保险', '住房公积金'], members: {} })).toBe('计算基数为扣除个人所得税、养老保险、住房公积金后的收入');
  });
});
