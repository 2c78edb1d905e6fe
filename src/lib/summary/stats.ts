// The summary's numbers: one cell per organisation and item, counts per item, organisation and
// category, and the rows and columns a filter leaves. Pure and linear in cells, so 200
// organisations × 20 items cost well under a millisecond (see `npm run bench`).
import type { ChecklistDraft, FormSpec, Verdict } from '../checklist/checklist';
import type { SummaryEntry } from './entries';

/** Which verdict the matrix shows: the branch's own, or the superior's acceptance. */
export type Column = 'self' | 'superior';
export type Cell = Verdict | '未填';

export const columnLabel: Record<Column, string> = { self: '自评是否达标', superior: '上级验收是否达标' };

export const cellOf = (d: ChecklistDraft, itemId: string, col: Column): Cell => d.answers[itemId]?.[col] ?? '未填';

export interface Tally {
  met: number;
  unmet: number;
  blank: number;
}
const tally = (): Tally => ({ met: 0, unmet: 0, blank: 0 });
export const answered = (t: Tally) => t.met + t.unmet;

export interface Totals {
  /** Per item id, over every organisation given. */
  items: Map<string, Tally>;
  /** Per organisation, in the order given; only items on the current form count. */
  orgs: Tally[];
  /** Per category: organisations × items met, not met and not filled, out of `cells`. */
  categories: ({ id: string; name: string; cells: number } & Tally)[];
}

export function aggregate(spec: FormSpec, drafts: ChecklistDraft[], col: Column): Totals {
  const items = new Map<string, Tally>();
  const orgs = drafts.map(tally);
  const categories = spec.categories.map((c) => {
    const sum = tally();
    for (const item of c.items) {
      const t = tally();
      drafts.forEach((d, i) => {
        const v = d.answers[item.id]?.[col];
        const key = v === '达标' ? 'met' : v === '未达标' ? 'unmet' : 'blank';
        t[key]++;
        orgs[i][key]++;
      });
      items.set(item.id, t);
      sum.met += t.met;
      sum.unmet += t.unmet;
      sum.blank += t.blank;
    }
    return { id: c.id, name: c.name, ...sum, cells: c.items.length * drafts.length };
  });
  return { items, orgs, categories };
}

/**
 * Whether fewer than `percent`% of the organisations that answered an item meet it; integer maths.
 * An item nobody has answered yet is unknown, not low.
 */
export const below = (t: Tally, percent: number) => answered(t) > 0 && t.met * 100 < percent * answered(t);

/** Share of the answered that is met, rounded to the nearest per cent (7/8 is 88%); 未填 never counts. */
export const share = (t: Tally) => (answered(t) === 0 ? '—' : `${Math.round((t.met * 100) / answered(t))}%`);

/** The counts behind a share, in pieces that print unbroken: ['（7/8', '，未填 2）'] or ['（7/8）']. */
export const shareCounts = (t: Tally) => (t.blank ? [`（${t.met}/${answered(t)}`, `，未填 ${t.blank}）`] : [`（${t.met}/${answered(t)}）`]);

/** The share with the counts beside it: 88%（7/8，未填 2）. */
export const shareText = (t: Tally) => share(t) + shareCounts(t).join('');

export type OrgFilter = 'all' | 'unmet' | 'blank';
export type OrgSort = 'name' | 'reviewer' | 'met-asc' | 'met-desc' | 'newest';

export interface ViewOptions {
  col: Column;
  filter: OrgFilter;
  sort: OrgSort;
  /** Show only items met by fewer than this percentage of organisations; null shows all. */
  threshold: number | null;
  /** Show only organisations this 党总支 reviews ('' for those with none named); null shows all. */
  reviewer: string | null;
}

export interface Row {
  entry: SummaryEntry;
  tally: Tally;
  /** The reviewing organisation, '' when unknown. */
  reviewer: string;
}

export const collator = new Intl.Collator('zh-CN', { numeric: true });
const byName = (a: Row, b: Row) => collator.compare(a.entry.draft.orgName, b.entry.draft.orgName) || (a.entry.id < b.entry.id ? -1 : 1);
const sorts: Record<OrgSort, (a: Row, b: Row) => number> = {
  name: byName,
  reviewer: (a, b) => (a.reviewer === b.reviewer ? byName(a, b) : !a.reviewer ? 1 : !b.reviewer ? -1 : collator.compare(a.reviewer, b.reviewer)),
  'met-asc': (a, b) => a.tally.met - b.tally.met || byName(a, b),
  'met-desc': (a, b) => b.tally.met - a.tally.met || byName(a, b),
  newest: (a, b) => Date.parse(b.entry.savedAt) - Date.parse(a.entry.savedAt) || byName(a, b),
};

/**
 * What the matrix shows for one form: rows filtered and sorted, the categories and items left by
 * the item filter, and totals over every organisation of the form (filters never change them).
 */
export function matrixView(spec: FormSpec, entries: SummaryEntry[], o: ViewOptions, reviewerOf = (e: SummaryEntry) => e.draft.reviewer?.trim() ?? '') {
  const mine = entries.filter((e) => e.draft.form === spec.form);
  const totals = aggregate(spec, mine.map((e) => e.draft), o.col);
  const all = mine.map((entry, i) => ({ entry, tally: totals.orgs[i], reviewer: reviewerOf(entry) }));
  const keep = (r: Row) =>
    (o.reviewer === null || r.reviewer === o.reviewer) && (o.filter === 'unmet' ? r.tally.unmet > 0 : o.filter === 'blank' ? r.tally.blank > 0 : true);
  const rows = all.filter(keep).sort(sorts[o.sort]);
  const categories = spec.categories
    .map((c) => ({ ...c, items: c.items.filter((i) => o.threshold === null || below(totals.items.get(i.id)!, o.threshold)) }))
    .filter((c) => c.items.length > 0);
  const reviewers = [...new Set(all.map((r) => r.reviewer))].sort((a, b) => (!a ? 1 : !b ? -1 : collator.compare(a, b)));
  return { rows, categories, totals, orgs: mine.length, reviewers };
}
export type MatrixView = ReturnType<typeof matrixView>;
