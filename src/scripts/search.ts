// The search page: runs Pagefind on the query in the URL, keeps the URL in step as you type,
// filters by kind, and lets arrow keys walk the results. Rendering uses DOM nodes and
// textContent only; Pagefind's excerpts are the one HTML we insert, and they carry just <mark>.
import { bestSection, holdsPhrase, kinds, monthsNewestFirst, queryFromUrl, segmentQuery, titlesFirst, typingStartsEntry, urlForQuery } from '../lib/content/search';

interface SubResult { title: string; url: string; excerpt: string; locations: number[] }
interface ResultData { url: string; excerpt: string; meta: { title?: string }; filters: { kind?: string[] }; sub_results: SubResult[] }
interface Pagefind {
  options(o: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: object): Promise<{ results: { data(): Promise<ResultData> }[]; totalFilters: Record<string, Record<string, number>>; unfilteredResultCount: number }>;
}

const input = document.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const kindBox = document.querySelector<HTMLFieldSetElement>('.search-kinds')!;
const monthBox = document.querySelector<HTMLElement>('.search-month')!;
const monthSelect = monthBox.querySelector('select')!;
const form = input.form!;

let pagefind: Promise<Pagefind> | undefined;
const load = () => (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: Pagefind) => {
  await pf.options({ excerptLength: 40 });
  // Loads the filter index, so searches report counts per kind; with more than one month, offer to filter by it.
  const months = monthsNewestFirst((await pf.filters()).month);
  if (months.length > 1) {
    const wanted = new URL(location.href).searchParams.get('month') ?? '';
    monthSelect.append(...months.map((m) => new Option(m, m, false, m === wanted)));
    monthBox.hidden = false;
  }
  return pf;
}));

function currentKind(): string {
  return kindBox.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
}

/** Only <mark> survives from an excerpt: everything else becomes text. */
function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const node = i % 2 ? document.createElement('mark') : document.createTextNode('');
    node.textContent = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    p.append(node);
  }
  return p;
}

function resultItem(data: ResultData, query: string): HTMLLIElement {
  const li = document.createElement('li');
  // Land on the section or standard item with the most hits; the page itself if none has an anchor.
  const target = bestSection(data.sub_results, query);
  const a = document.createElement('a');
  a.href = target?.url ?? data.url;
  a.className = 'result-link';
  const title = data.meta.title ?? data.url;
  a.textContent = target && target.title !== title ? `${target.title}` : title;
  const h = document.createElement('h2');
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = `${data.filters.kind?.[0] ?? ''} · ${title}`;
  li.append(h, meta, excerptNode(target?.excerpt ?? data.excerpt));
  // Other sections of the page that hold the whole query, not just one of its characters.
  const more = data.sub_results.filter((s) => s !== target && s.url.includes('#') && holdsPhrase(s.excerpt, query)).slice(0, 3);
  if (more.length) {
    const ul = document.createElement('ul');
    for (const s of more) {
      const sub = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.title;
      sub.append(link);
      ul.append(sub);
    }
    li.append(ul);
  }
  return li;
}

/** The page opened with ?q= kept a screen's height for results (search.astro); with none to show, the messages move up. */
const noResults = () => document.documentElement.classList.remove('searching');

let runId = 0;
async function run(query: string) {
  const id = ++runId;
  help.hidden = true;
  list.replaceChildren();
  if (!query) {
    kindBox.hidden = true;
    status.textContent = '请输入要搜索的词，例如“党费 公示”。';
    noResults();
    return;
  }
  status.textContent = '正在搜索…';
  let pf: Pagefind;
  try {
    pf = await load();
  } catch {
    pagefind = undefined;
    status.textContent = '搜索组件加载失败，请检查网络后刷新页面重试；也可以直接浏览“标准”和“通知”页面。';
    noResults();
    return;
  }
  const kind = currentKind();
  const month = monthSelect.value;
  const filters = { ...(kind ? { kind } : {}), ...(month ? { month } : {}) };
  const search = await pf.search(segmentQuery(query), { filters });
  if (id !== runId) return;
  // totalFilters counts every kind as if no filter were set, so the choices keep their numbers.
  const counts = search.totalFilters.kind ?? {};
  kindBox.hidden = search.unfilteredResultCount === 0;
  kindBox.querySelector('[data-count=""]')!.textContent = `(${search.unfilteredResultCount})`;
  for (const k of kinds) kindBox.querySelector(`[data-count="${k}"]`)!.textContent = `(${counts[k] ?? 0})`;
  // Offline, a result whose page is not kept on the device (an old month on a large site, see
  // scripts/build-sw.mjs) cannot load its excerpt: it is left out and counted.
  const loaded = await Promise.all(search.results.slice(0, 20).map((r) => r.data().catch(() => null)));
  if (id !== runId) return;
  // Pagefind ranks short pages such as the tools high, so a page titled with the query is among
  // its first 20; among those, titles come first (a test checks the ranked queries).
  const data = titlesFirst(loaded.filter((d): d is ResultData => d !== null), query);
  list.replaceChildren(...data.map((d) => resultItem(d, query)));
  const where = kind || month ? `（${[month, kind].filter(Boolean).join('·')}）` : '';
  const away = loaded.length - data.length;
  status.textContent = search.results.length
    ? `“${query}”找到 ${search.results.length} 个结果${where}${away ? `；其中 ${away} 个所在页面没有保存在本设备上，联网后才能显示` : ''}`
    : `“${query}”没有找到结果${where}`;
  help.hidden = search.results.length > 0;
  if (!data.length) noResults();
}

/** Whether the search in the address is one the reader settled on, rather than one typed on the way. */
let settled = true;
/** The address whose results are on screen ('' for none): typing that changes nothing runs nothing. */
let shown = '';

function update(by: 'typing' | 'choice') {
  clearTimeout(typing);
  const query = input.value.trim();
  // Emptying the box is not a search: the address keeps the last one, so Back still finds it.
  if (by === 'typing' && !query) {
    shown = '';
    return void run('');
  }
  const url = urlForQuery(query, currentKind() || undefined, monthSelect.value || undefined);
  if (url !== location.pathname + location.search) {
    const push = by === 'choice' || typingStartsEntry(queryFromUrl(location.href), query, settled);
    history[push ? 'pushState' : 'replaceState'](null, '', url);
    settled = false;
  }
  if (by === 'choice') settled = true;
  else if (url === shown) return; // e.g. a composition cancelled with Esc
  shown = url;
  void run(query);
}

function fromUrl() {
  clearTimeout(typing);
  settled = true;
  shown = location.pathname + location.search;
  input.value = queryFromUrl(location.href);
  const kind = new URL(location.href).searchParams.get('kind') ?? '';
  const radio = kindBox.querySelector<HTMLInputElement>(`input[value="${CSS.escape(kind)}"]`);
  if (radio) radio.checked = true;
  monthSelect.value = new URL(location.href).searchParams.get('month') ?? '';
  void run(input.value.trim());
}

let typing: ReturnType<typeof setTimeout> | undefined;
/** The search runs once typing pauses (update() clears the pause when anything else runs it). */
const typed = () => {
  clearTimeout(typing);
  typing = setTimeout(() => update('typing'), 250);
};
// Pinyin being composed is not a query yet: nothing runs until the characters are chosen, even if
// the last word's pause was still counting when the next one began.
input.addEventListener('compositionstart', () => clearTimeout(typing));
input.addEventListener('input', (e) => ((e as InputEvent).isComposing ? clearTimeout(typing) : typed()));
input.addEventListener('compositionend', typed);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update('choice');
});
kindBox.addEventListener('change', () => update('choice'));
monthSelect.addEventListener('change', () => update('choice'));
window.addEventListener('popstate', fromUrl);

// Keyboard: "/" returns to the box; arrows walk the result links.
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typingInField = target.matches('input, textarea, select') && target !== input;
  if (e.key === '/' && target !== input && !typingInField) {
    e.preventDefault();
    input.focus();
    input.select();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  if (!links.length || typingInField) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = e.key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, links.length - 1)) : at <= 0 ? -1 : at - 1;
  e.preventDefault();
  (next < 0 ? input : links[next]).focus();
});

fromUrl();
