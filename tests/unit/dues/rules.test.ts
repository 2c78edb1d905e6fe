import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRate, formatYuan, maxFen, parseYuan } from '../../../src/lib/dues/money';
import { categories, fixedCategories, monthlyDues, ratedCategories, rules, type Category } from '../../../src/lib/dues/rules';

/** Dues in 元 text for a base in 元 text. */
function dues(category: Category, base: string): string {
  const p = parseYuan(base);
  if (!p.ok) throw new Error(p.message);
  const d = monthlyDues(category, p.fen);
  if (!d.ok) throw new Error(d.message);
  return formatYuan(d.fen);
}
const rateOf = (category: Category, base: string) => {
  const p = parseYuan(base);
  const d = p.ok && monthlyDues(category, p.fen);
  return d && d.ok ? d.rateBp : undefined;
};

describe('在职 brackets (全额累进: the whole base at one rate)', () => {
  it.each([
    ['3000', '15.00', 50],
    ['3000.01', '30.00', 100],
    ['5000', '50.00', 100],
    ['5000.01', '75.00', 150],
    ['10000', '150.00', 150],
    ['10000.01', '200.00', 200],
  ])('%s 元 → %s 元', (base, expected, rate) => {
    expect(dues('在职', base)).toBe(expected);
    expect(rateOf('在职', base)).toBe(rate);
  });

  it('gives the official examples: 5100 × 1.5 % = 76.50, 4900 × 1 % = 49.00', () => {
    expect(dues('在职', '5100')).toBe('76.50');
    expect(dues('在职', '4900')).toBe('49.00');
    for (const e of rules.examples) expect(monthlyDues(e.category as Category, e.baseFen)).toMatchObject({ ok: true, fen: e.duesFen });
  });

  it('uses the 在职 rates for 年薪制 and 个体经营', () => {
    for (const c of ['年薪制', '个体经营'] as const) {
      expect(dues(c, '5100')).toBe('76.50');
      expect(dues(c, '10000.01')).toBe('200.00');
    }
  });

  it('names the rule and the rate it used', () => {
    const d = monthlyDues('在职', 510000);
    expect(d.ok && d.rule).toContain('1.5%');
    expect(d.ok && d.rule).toContain('5000 元以上至 10000 元（含）');
    expect(d.ok && d.rule).toContain('每月工资总额中相对固定的、经常性的工资收入（税后）');
  });
});

describe('离退休', () => {
  it.each([
    ['5000', '25.00', 50],
    ['5000.01', '50.00', 100],
    ['0', '0.00', 50],
    ['12000', '120.00', 100],
  ])('%s 元 → %s 元', (base, expected, rate) => {
    expect(dues('离退休', base)).toBe(expected);
    expect(rateOf('离退休', base)).toBe(rate);
  });
});

describe('fixed amounts and 农民', () => {
  it('charges 0.20 元 a month to 学生, 下岗失业, 依靠抚恤或救济, 领取最低生活保障金 whatever the base', () => {
    for (const c of fixedCategories) for (const fen of [0, 1, 1_000_000]) expect(monthlyDues(c, fen)).toMatchObject({ ok: true, fen: 20 });
  });

  it('takes 0.20–1.00 元 from 农民 and refuses anything outside with a Chinese message', () => {
    expect(monthlyDues('农民', 20)).toMatchObject({ ok: true, fen: 20 });
    expect(monthlyDues('农民', 100)).toMatchObject({ ok: true, fen: 100 });
    expect(monthlyDues('农民', 55)).toMatchObject({ ok: true, fen: 55 });
    for (const fen of [0, 19, 101, 500]) {
      const d = monthlyDues('农民', fen);
      expect(d.ok).toBe(false);
      expect(!d.ok && d.message).toContain('0.20–1.00 元');
    }
  });
});

describe('rounding half up to the 分, in integers', () => {
  it('rounds .5 分 up and below it down', () => {
    expect(applyRate(1000025, 200)).toBe(20001); // 20000.5 分
    expect(applyRate(1000024, 200)).toBe(20000); // 20000.48 分
    expect(applyRate(300, 50)).toBe(2); // 1.5 分
    expect(applyRate(299, 50)).toBe(1); // 1.495 分
    expect(dues('在职', '2999.99')).toBe('15.00'); // 14.99995
    expect(dues('在职', '2999.01')).toBe('15.00'); // 14.99505
    expect(dues('在职', '2998.99')).toBe('14.99'); // 14.99495
  });

  it('is exact where floating point is not (0.1 + 0.2 style errors)', () => {
    // 1.005 × 100 is 100.49999… in floating point; the 元 text is read as whole 分.
    expect(parseYuan('1.005').ok).toBe(false);
    expect(parseYuan('4321.07')).toEqual({ ok: true, fen: 432107 });
    expect(dues('在职', '4321.07')).toBe('43.21'); // 43.2107
    expect(dues('在职', '6700.10')).toBe('100.50'); // 100.5015
  });
});

describe('reading amounts', () => {
  it('reads what people type', () => {
    expect(parseYuan('5100')).toEqual({ ok: true, fen: 510000 });
    expect(parseYuan('5,100.5')).toEqual({ ok: true, fen: 510050 });
    expect(parseYuan('５１００．５')).toEqual({ ok: true, fen: 510050 });
    expect(parseYuan(' 0.2 元')).toEqual({ ok: true, fen: 20 });
    expect(parseYuan('.5')).toEqual({ ok: true, fen: 50 });
  });

  it('refuses the rest in Chinese', () => {
    for (const bad of ['', '-1', 'abc', '1.2.3', '1e5', '.', '12.345', '99999999999']) {
      const p = parseYuan(bad);
      expect(p.ok, bad).toBe(false);
      expect(!p.ok && p.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('formats 分 as 元 with two decimals', () => {
    expect(formatYuan(7650)).toBe('76.50');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(-120)).toBe('-1.20');
  });
});

describe('the data file and the stored names agree', () => {
  it('has rules for exactly the categories and deductions the stored data may name', async () => {
    const { optionalDeductions } = await import('../../../src/lib/dues/kinds');
    expect(Object.keys(rules.rated).sort()).toEqual([...ratedCategories].sort());
    expect(Object.keys(rules.fixed).sort()).toEqual([...fixedCategories].sort());
    expect(Object.keys(rules.ranged)).toEqual(['农民']);
    expect(rules.deductions.optional).toEqual([...optionalDeductions]);
    expect(categories).toHaveLength(9);
  });
});

describe('properties', () => {
  const base = fc.integer({ min: 0, max: maxFen });
  const rated = fc.constantFrom(...ratedCategories);

  it('dues are never negative, in every category', () => {
    fc.assert(
      fc.property(fc.constantFrom(...categories), base, (c, fen) => {
        const d = monthlyDues(c, fen);
        return !d.ok || d.fen >= 0;
      }),
    );
  });

  it('rated dues never exceed 2 % of the base (rounded to the 分 the same way)', () => {
    fc.assert(fc.property(rated, base, (c, fen) => {
      const d = monthlyDues(c, fen);
      return d.ok && d.fen <= applyRate(fen, 200) && d.fen * 10000 <= fen * 200 + 5000;
    }));
  });

  it('rated dues are monotone in the base within a category', () => {
    fc.assert(
      fc.property(rated, base, base, (c, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dl = monthlyDues(c, lo);
        const dh = monthlyDues(c, hi);
        return dl.ok && dh.ok && dl.fen <= dh.fen;
      }),
    );
  });

  it('formatting and reading round-trip', () => {
    fc.assert(fc.property(base, (fen) => {
      const p = parseYuan(formatYuan(fen));
      return p.ok && p.fen === fen;
    }));
  });
});
