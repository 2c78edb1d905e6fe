// Pure search helpers shared by the search page script and its tests.

/** The kinds of page a result can be, in filter order. */
export const kinds = ['通知', '学习', '标准', '模板', '工具'] as const;
export type Kind = (typeof kinds)[number];

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Splits a query into words separated by spaces. Pagefind 1.6 can miss pages when a Chinese
 * phrase is typed as one run (支部委员会); searching its words restores recall.
 */
export function segmentQuery(query: string): string {
  const words: string[] = [];
  for (const part of query.trim().split(/\s+/)) {
    for (const s of segmenter.segment(part)) if (s.isWordLike) words.push(s.segment);
  }
  return words.join(' ');
}

/** The query from a search page URL (`?q=…`), trimmed; '' when absent. */
export function queryFromUrl(url: string | URL): string {
  return (new URL(url).searchParams.get('q') ?? '').trim();
}

/** The search page URL for a query; the empty query is the bare page. */
export function urlForQuery(query: string, kind?: string, month?: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (kind) params.set('kind', kind);
  if (month) params.set('month', month);
  const s = params.toString();
  return s ? `/search/?${s}` : '/search/';
}

/**
 * Whether a search typed over the one in the address gets its own history entry, so Back returns
 * to it. Refining the same words (adding or deleting characters at the end) replaces the entry;
 * a different search, or any change to one the reader settled on (opened, Entered, filtered or
 * came Back to), is pushed. Typing alone must decide, because the search may have run before Enter.
 */
export function typingStartsEntry(shown: string, typed: string, settled: boolean): boolean {
  if (shown === typed) return false;
  return settled || !(typed.startsWith(shown) || shown.startsWith(typed));
}

/**
 * The anchored sub-result to land on: one whose excerpt holds the query verbatim beats one that
 * only matches its words (segmentation splits 双带头人 into 双 带头 人); then the most hits.
 */
export function bestSection<T extends { url: string; excerpt: string; locations: number[] }>(subs: T[], query: string): T | null {
  const score = (s: T) => (holdsPhrase(s.excerpt, query) ? 10_000 : 0) + s.locations.length;
  let best: T | null = null;
  for (const s of subs) {
    if (s.url.includes('#') && s.locations.length > 0 && (!best || score(s) > score(best))) best = s;
  }
  return best;
}

/**
 * Pages whose title holds every part of the query come first (汇总 → 登记表汇总, 台账 → 工作台账);
 * otherwise Pagefind's order stands. Pagefind alone ranks a long notice that says 汇总 five times
 * above the tool named for it.
 */
export function titlesFirst<T extends { meta: { title?: string } }>(results: T[], query: string): T[] {
  const parts = query.trim().split(/\s+/).filter(Boolean);
  const hit = (r: T) => parts.length > 0 && parts.every((p) => (r.meta.title ?? '').includes(p));
  return [...results.filter(hit), ...results.filter((r) => !hit(r))];
}

/** Whether a Pagefind excerpt holds every space-separated part of the query verbatim. */
export function holdsPhrase(excerpt: string, query: string): boolean {
  const text = excerpt.replace(/<\/?mark>|\s+/g, '');
  return query.trim().split(/\s+/).every((part) => part && text.includes(part));
}

/** Month filter values (2022年4月) newest first; Pagefind returns them in index order. */
export function monthsNewestFirst(counts: Record<string, number> = {}): string[] {
  const key = (m: string) => {
    const [, y, mo] = /^(\d{4})年(\d{1,2})月$/.exec(m) ?? [];
    return y ? Number(y) * 100 + Number(mo) : 0;
  };
  return Object.keys(counts).sort((a, b) => key(b) - key(a));
}
