// The dues rules (rules.json, with its source) applied to one member for one month. Pure: the
// calculator, the roll and the 公示 all ask this one function, and it says which rule it used.
import rules from './rules.json' with { type: 'json' };
import { applyRate, formatRate, formatYuan } from './money';
import { categories, ratedCategories, type Category, type RatedCategory } from './kinds';

export { rules };

export { categories, fixedCategories, ratedCategories, type Category, type RatedCategory } from './kinds';

export const isRated = (c: Category): c is RatedCategory => (ratedCategories as readonly string[]).includes(c);
export const isCategory = (c: string): c is Category => (categories as readonly string[]).includes(c);

interface Bracket {
  upToFen: number | null;
  rateBp: number;
  label: string;
}

export type Dues =
  | { ok: true; fen: number; rateBp?: number; /** How the figure was reached, in Chinese. */ rule: string }
  | { ok: false; message: string };

/** The bracket the whole base falls in (全额累进: one rate for all of it). */
export function bracketFor(category: RatedCategory, baseFen: number): Bracket {
  const table = rules.tables[rules.rated[category].table as keyof typeof rules.tables] as Bracket[];
  return table.find((b) => b.upToFen === null || baseFen <= b.upToFen)!;
}

/**
 * Monthly dues in 分. `fen` is the base for rated categories and the amount chosen for 农民;
 * fixed categories ignore it.
 */
export function monthlyDues(category: Category, fen: number): Dues {
  if (isRated(category)) {
    const b = bracketFor(category, fen);
    return {
      ok: true,
      fen: applyRate(fen, b.rateBp),
      rateBp: b.rateBp,
      rule: `${category}：计算基数为${rules.rated[category].base}；${b.label}按 ${formatRate(b.rateBp)} 交纳（${formatYuan(fen)} 元 × ${formatRate(b.rateBp)}）`,
    };
  }
  if (category === '农民') {
    const { minFen, maxFen } = rules.ranged.农民;
    const range = `${formatYuan(minFen)}–${formatYuan(maxFen)} 元`;
    if (fen < minFen || fen > maxFen) return { ok: false, message: `农民党员每月交纳党费 ${range}，请填写这个范围内的金额。` };
    return { ok: true, fen, rule: `农民：每月交纳 ${range}，按填写的金额` };
  }
  const fixed = rules.fixed[category];
  return { ok: true, fen: fixed, rule: `${category}：每月交纳 ${formatYuan(fixed)} 元` };
}
