import { describe, expect, it } from 'vitest';
import { buildBase } from '../../../src/lib/dues/pay';

describe('base from a pay slip', () => {
  it('adds pay items, takes off deductions and lists every line', () => {
    const b = buildBase([['岗位工资', '4000'], ['薪级工资', '2100.50'], ['', '']], [['个人所得税', '45.3'], ['养老保险', '']]);
    expect(b).toEqual({
      ok: true,
      baseFen: 605520,
      lines: [
        { label: '岗位工资', fen: 400000 },
        { label: '薪级工资', fen: 210050 },
        { label: '工资收入合计', fen: 610050 },
        { label: '减：个人所得税', fen: 4530 },
        { label: '计算基数', fen: 605520 },
      ],
    });
  });

  it('is not used until a pay item has an amount', () => {
    expect(buildBase([['岗位工资', ' ']], [['个人所得税', '10']])).toBeNull();
  });

  it('says which field is wrong, in Chinese', () => {
    expect(buildBase([['岗位工资', 'abc']], [])).toMatchObject({ ok: false, message: expect.stringContaining('岗位工资') });
    expect(buildBase([['', '1.234']], [])).toMatchObject({ ok: false, message: expect.stringContaining('两位小数') });
    expect(buildBase([['工资', '100']], [['住房公积金', '200']])).toMatchObject({ ok: false, message: expect.stringContaining('超过了工资收入合计 100.00 元') });
  });
});
