// Rules beside the standards' items must be the standards' own words: every quote is a substring of
// its item's text, and the number a rule counts with is written in its quote.
import { describe, expect, it } from 'vitest';
import { standardForm, type Rule } from '../../../src/lib/content/schemas';
import { readYaml } from '../../content';

const forms = ['zhibu', 'zongzhi'] as const;
const items = (form: (typeof forms)[number]) =>
  (readYaml(`standards/${form}.yaml`) as { categories: { items: { id: string; name: string; text: string; rules?: Rule[] }[] }[] }).categories.flatMap((c) => c.items);

describe.each(forms)('rules in %s.yaml', (form) => {
  const withRules = items(form).filter((i) => i.rules?.length);

  it('has rules, and the file passes the content schema', () => {
    expect(withRules.length).toBeGreaterThan(5);
    expect(standardForm.safeParse(readYaml(`standards/${form}.yaml`)).success).toBe(true);
  });

  it.each(withRules.flatMap((i) => i.rules!.map((r) => [i.id, r.quote, i.text, r] as const)))('%s: “%s” is in the item text', (_id, quote, text, rule) => {
    expect(text).toContain(quote);
    if (rule.kind === 'talks') expect(quote).toContain('必谈');
    else expect(quote.replace(/[１-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))).toContain(String(rule.min));
  });

  it('gives no rule to an item whose text states no number or duty to talk', () => {
    for (const i of withRules) expect(i.text).toMatch(/\d|必谈/);
  });
});

describe('the content schema', () => {
  it('refuses a rule whose quote is not in the item text, naming it', () => {
    const f = structuredClone(readYaml('standards/zhibu.yaml')) as { categories: { items: { rules?: unknown[] }[] }[] };
    f.categories[0].items[3].rules = [{ kind: 'count', quote: '每月至少集中学习2次', type: '集中学习', per: 'month', min: 2 }];
    const r = standardForm.safeParse(f);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('引文不在条目原文中：每月至少集中学习2次');
  });

  it('refuses a rule of an unknown record type', () => {
    const f = structuredClone(readYaml('standards/zhibu.yaml')) as { categories: { items: { rules?: unknown[] }[] }[] };
    f.categories[0].items[3].rules = [{ kind: 'count', quote: '每月至少集中学习1次', type: '学习会', per: 'month', min: 1 }];
    expect(standardForm.safeParse(f).success).toBe(false);
  });
});
