import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { branchDraft, emptyBranch, type BranchDraft } from '../../../src/lib/records/branch';
import { addMember, newMember } from '../../../src/lib/records/members';
import { noticeRows, roll, withNoticeRecord } from '../../../src/lib/dues/notice';
import { emptyMemberDues, setChange, setPayment } from '../../../src/lib/dues/schedule';

function branch(): BranchDraft {
  let d: BranchDraft = { ...emptyBranch('b1'), orgName: '物理系党支部' };
  const people: [string, Partial<Parameters<typeof newMember>[1]>][] = [
    ['张三', {}], ['李四', { category: '预备党员' }], ['王五', { left: '2026-03-15' }], ['赵六', { category: '入党积极分子' }], ['钱七', { joined: '2026-05-02' }],
  ];
  for (const [name, patch] of people) {
    const m = newMember(d.members, { name, ...patch }, name === '张三' ? 'zs' : name === '李四' ? 'ls' : name === '王五' ? 'ww' : name === '赵六' ? 'zl' : 'qq');
    d = { ...d, members: addMember(d.members, m) };
  }
  const all = (cat: '在职' | '学生', fen: number) => setChange(emptyMemberDues(), { from: '2025-01', category: cat, fen });
  d.dues = {
    deductions: ['住房公积金'],
    members: {
      zs: setPayment(setChange(all('在职', 490000), { from: '2026-04', category: '在职', fen: 510000 }), '2026-01', { paid: true, date: '2026-01-10' }),
      ls: { ...all('学生', 0), probationFrom: '2026-03' },
      ww: all('在职', 300000),
      zl: all('在职', 300000),
      qq: all('在职', 1000001),
    },
  };
  return d;
}

describe('the half-year roll', () => {
  const d = branch();
  const r = roll(d, 2026, 1);

  it('lists the party members in the branch during the half, with each month owed', () => {
    expect(r.rows.map((x) => x.member.name)).toEqual(['张三', '李四', '王五', '钱七']);
    const owed = (name: string) => r.rows.find((x) => x.member.name === name)!.dues.months.map((m) => (m.dues.due && m.dues.ok ? m.dues.fen : null));
    expect(owed('张三')).toEqual([4900, 4900, 4900, 7650, 7650, 7650]);
    expect(owed('李四')).toEqual([null, null, 20, 20, 20, 20]);
    expect(owed('王五')).toEqual([1500, 1500, 1500, null, null, null]);
    expect(owed('钱七')).toEqual([null, null, null, null, 20000, 20000]);
  });

  it('totals per month and per half-year', () => {
    expect(r.monthDue).toEqual([6400, 6400, 6420, 7670, 27670, 27670]);
    expect(r.monthPaid).toEqual([4900, 0, 0, 0, 0, 0]);
    expect(r.dueFen).toBe(6400 * 2 + 6420 + 7670 + 27670 * 2);
    expect(r.paidFen).toBe(4900);
  });

  it('stays valid stored data', () => {
    expect(v.safeParse(branchDraft, d).success).toBe(true);
  });
});

describe('the 公示 rows', () => {
  const d = branch();
  const rows = noticeRows(d, roll(d, 2026, 1), '2026-07-01');

  it('hold the title, each member, totals, the rule, the deduction setting, the date and the secretary line', () => {
    expect(rows[0]).toEqual(['物理系党支部党费收缴情况公示（2026年1–6月）']);
    expect(rows[1]).toEqual(['序号', '姓名', '1月应交/实交', '2月应交/实交', '3月应交/实交', '4月应交/实交', '5月应交/实交', '6月应交/实交', '应交合计', '实交合计']);
    expect(rows[2]).toEqual(['1', '张三', '49.00 / 49.00', '49.00 / 未交', '49.00 / 未交', '76.50 / 未交', '76.50 / 未交', '76.50 / 未交', '376.50', '49.00']);
    expect(rows[3].slice(2, 4)).toEqual(['—', '—']);
    expect(rows[6]).toEqual(['合计', '', '64.00 / 49.00', '64.00 / 0.00', '64.20 / 0.00', '76.70 / 0.00', '276.70 / 0.00', '276.70 / 0.00', '822.30', '49.00']);
    const text = rows.flat().join('\n');
    expect(text).toContain('中组发〔2008〕3号');
    expect(text).toContain('计算基数为扣除个人所得税、住房公积金后的收入');
    expect(text).toContain('四舍五入');
    expect(text).toContain('公示日期：2026年7月1日');
    expect(text).toContain('支部书记（签字）：');
  });

  it('leaves base income out unless asked', () => {
    expect(rows.flat().join()).not.toContain('4900.00');
    const withBase = noticeRows(d, roll(d, 2026, 1), '2026-07-01', true);
    expect(withBase[1][2]).toBe('计算基数');
    expect(withBase[2][2]).toBe('4900.00、5100.00');
  });
});

describe('the 党费公示 record', () => {
  it('is added once per half-year and is valid', () => {
    const d = withNoticeRecord(branch(), 2026, 1, '2026-07-01', 'n1');
    expect(d.records.n1).toMatchObject({ type: '党费公示', date: '2026-07-01', theme: '2026年1–6月党费收缴情况公示' });
    expect(withNoticeRecord(d, 2026, 1, '2026-07-02', 'n2')).toBe(d);
    expect(Object.keys(withNoticeRecord(d, 2026, 2, '2027-01-02', 'n3').records)).toEqual(['n1', 'n3']);
    expect(v.safeParse(branchDraft, d).success).toBe(true);
  });
});
