// The organisation department's summary (汇总): import many branches' checklist backups, see every
// organisation against every standard, open one form, export and print. Everything stays in this
// browser; the imported set is stored (one record per organisation) until cleared.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { maxBackupBytes } from '../../lib/storage/backup';
import { itemIds, type FormSpec } from '../../lib/checklist/checklist';
import { toCsv } from '../../lib/storage/csv';
import type { Problem } from '../../lib/storage/drafts';
import { load, save } from '../../lib/storage/safe-storage';
import { summaryPrefix, type SummaryEntry } from '../../lib/summary/entries';
import { expectedKey, expectedSpec, notSent, parseExpected, reviewerOf } from '../../lib/summary/expected';
import type { FileIn } from '../../lib/summary/import';
import { columnLabel, matrixView, type Column, type OrgFilter, type OrgSort, type ViewOptions } from '../../lib/summary/stats';
import { summaryStore, withUnsaved, type SummaryStore } from '../../lib/summary/store';
import { download } from '../drafts/download';
import { browserStorage } from '../drafts/useSession';
import { markUnsaved } from '../drafts/unsaved';
import { CategoryBars } from './CategoryBars';
import { ExpectedPanel } from './ExpectedPanel';
import { ImportPanel, type Report } from './ImportPanel';
import { Matrix } from './Matrix';
import { OrgCards } from './OrgCards';
import { OrgDetail } from './OrgDetail';

type Form = FormSpec['form'];
type Unsaved = { ids: Set<string>; message: string | null };

const filters: [OrgFilter, string][] = [['all', '全部组织'], ['unmet', '有未达标项的组织'], ['blank', '有未填项的组织']];
const sorts: [OrgSort, string][] = [['name', '按名称'], ['reviewer', '按验收党总支分组'], ['met-asc', '达标项从少到多'], ['met-desc', '达标项从多到少'], ['newest', '保存时间从新到旧']];
const thresholds = [100, 90, 80, 60, 50];

const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Never rejects: a file the browser cannot read comes back with text null. */
async function readFile(f: File): Promise<FileIn> {
  let text: string | null = '';
  try {
    if (f.size <= maxBackupBytes) text = await f.text();
  } catch {
    text = null;
  }
  return { name: String(f.name), size: f.size, text };
}

const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`);
/** Earlier rounds' forms: saved more than this long ago. */
const oldAfterDays = 60;

export default function Summary({ specs }: { specs: FormSpec[] }) {
  const [ready, setReady] = useState(false);
  const [entries, setEntries] = useState(new Map<string, SummaryEntry>());
  const [unsaved, setUnsaved] = useState<Unsaved>({ ids: new Set(), message: null });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [form, setForm] = useState<Form>(specs[0].form);
  const [opts, setOpts] = useState<ViewOptions>({ col: 'self', filter: 'all', sort: 'name', threshold: null, reviewer: null });
  const [expectedText, setExpectedText] = useState('');
  const [expectedNews, setExpectedNews] = useState<string | null>(null);
  const [usage, setUsage] = useState(0);
  const [layout, setLayout] = useState<'matrix' | 'cards'>('matrix');
  const [open, setOpen] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const store = useRef<SummaryStore | null>(null);
  // Browser events outlive renders: they read the latest state here.
  const latest = useRef({ entries, unsaved, form });
  latest.current = { entries, unsaved, form };
  const lastOpen = useRef<string | null>(null);
  // Organisations whose save failed exist only on this page.
  useEffect(() => markUnsaved(unsaved.ids.size > 0), [unsaved]);

  async function take(files: File[]) {
    if (!store.current) return;
    setBusy(true);
    // Whatever happens, the page is usable again afterwards: busy always ends.
    try {
      const [{ importFiles, importSummary }, read] = await Promise.all([import('../../lib/summary/import'), Promise.all(files.map(readFile))]);
      const { entries: before, unsaved: was, form: showing } = latest.current;
      const r = importFiles(before, read, new Date(), (f) => { const s = specs.find((x) => x.form === f); return s && itemIds(s); });
      const saved = store.current.save(r.changed);
      const ids = new Set(was.ids);
      for (const e of r.changed) ids.delete(e.id);
      for (const id of saved.failed) ids.add(id);
      setEntries(r.entries);
      setUnsaved({ ids, message: ids.size ? saved.message ?? was.message : null });
      setReport({ summary: importSummary(r.outcomes), outcomes: r.outcomes });
      setOpen(null); // files dropped while a form is open: show what happened to them
      const came = r.changed.map((e) => e.draft.form);
      if (came.length && !came.includes(showing) && ![...r.entries.values()].some((e) => e.draft.form === showing)) setForm(came[0]);
    } catch {
      setReport({ summary: '读取文件时出错，没有导入任何文件；已导入的登记表没有变化。请重试，或一次少选几个文件。', outcomes: [] });
    } finally {
      setUsage(store.current.usage());
      setBusy(false);
    }
  }

  useEffect(() => {
    const s = summaryStore(browserStorage());
    store.current = s;
    const first = s.load();
    setEntries(first.entries);
    setProblems(first.problems);
    setUsage(s.usage());
    const kept = load(browserStorage(), expectedKey, expectedSpec);
    if (kept.ok) setExpectedText(kept.envelope.data.text);
    const forms = [...first.entries.values()].map((e) => e.draft.form);
    if (forms.length && !forms.includes(specs[0].form)) setForm(forms[0]);
    if (matchMedia('(max-width: 40rem)').matches) setLayout('cards');
    setReady(true);

    const onStorage = (e: StorageEvent) => {
      if (e.key !== null && !e.key.startsWith(summaryPrefix)) return;
      const now = s.load();
      const { entries: mine, unsaved: u } = latest.current;
      setEntries(withUnsaved(now.entries, mine, u.ids));
      setProblems(now.problems);
    };
    // Files dropped anywhere on the page are imported, never opened in place of the page.
    const onDrag = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(e.type === 'dragover');
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void take(files);
    };
    addEventListener('storage', onStorage);
    addEventListener('dragover', onDrag);
    addEventListener('dragleave', onDrag);
    addEventListener('drop', onDrop);
    return () => {
      removeEventListener('storage', onStorage);
      removeEventListener('dragover', onDrag);
      removeEventListener('dragleave', onDrag);
      removeEventListener('drop', onDrop);
    };
  }, []);

  const spec = specs.find((s) => s.form === form)!;
  const expected = useMemo(() => parseExpected(expectedText).list, [expectedText]);
  const whoReviews = (e: SummaryEntry) => reviewerOf(e, expected);
  const view = useMemo(() => matrixView(spec, [...entries.values()], opts, whoReviews), [spec, entries, opts, expected]);
  const missing = notSent(expected, entries, form).filter((e) => opts.reviewer === null || e.parent === opts.reviewer);
  const entry = open ? entries.get(open) : undefined;
  const index = entry ? view.rows.findIndex((r) => r.entry.id === entry.id) : -1;
  const mark = opts.threshold ?? 80;
  const perForm = (f: Form) => [...entries.values()].filter((e) => e.draft.form === f).length;

  // Back from an organisation's form: focus returns to its name in the list.
  useEffect(() => {
    if (!entry && lastOpen.current) document.getElementById(`o-${lastOpen.current}`)?.focus();
    lastOpen.current = entry ? entry.id : null;
  }, [entry]);
  useEffect(() => {
    if (!printing) return;
    setPrinting(false);
    print();
  }, [printing]);

  const set = (change: Partial<ViewOptions>) => setOpts({ ...opts, ...change });
  function clear() {
    const n = entries.size;
    if (!confirm(`确定清空已导入的 ${n} 份登记表吗？清空后要重新导入文件才能看到汇总；各组织交来的原始文件不受影响。`)) return;
    store.current?.clear();
    setEntries(new Map());
    setUnsaved({ ids: new Set(), message: null });
    setOpen(null);
    setReport({ summary: `已清空 ${n} 份登记表。`, outcomes: [] });
  }
  function remove(id: string) {
    const name = entries.get(id)?.draft.orgName;
    if (!confirm(`确定把「${name}」的登记表从汇总中移除吗？移除后可以重新导入它的文件。`)) return;
    store.current?.remove(id);
    const next = new Map(entries);
    next.delete(id);
    const ids = new Set(unsaved.ids);
    ids.delete(id);
    setEntries(next);
    setUnsaved({ ids, message: ids.size ? unsaved.message : null });
    lastOpen.current = null;
    setOpen(null);
    setReport({ summary: `已从汇总中移除「${name}」。`, outcomes: [] });
  }
  function clearOld() {
    const cutoff = new Date(Date.now() - oldAfterDays * 864e5);
    const old = [...entries.values()].filter((e) => Date.parse(e.savedAt) < cutoff.getTime());
    if (!old.length || !confirm(`确定清空 ${old.length} 份 ${oldAfterDays} 天前保存的登记表吗？各组织交来的原始文件不受影响，需要时可以重新导入。`)) return;
    const gone = store.current?.clearBefore(cutoff) ?? [];
    const next = new Map(entries);
    for (const e of old) next.delete(e.id);
    setEntries(next);
    setUsage(store.current?.usage() ?? 0);
    setReport({ summary: `已清空 ${gone.length} 份较早的登记表。`, outcomes: [] });
  }
  function saveExpected(text: string) {
    const r = save(browserStorage(), expectedKey, { text }, expectedSpec);
    setExpectedText(text);
    const { list, problems: bad } = parseExpected(text);
    setExpectedNews([r.ok ? `已保存名单：${list.length} 个组织。` : `名单只在本页有效，没能保存到浏览器（${r.message}）。`, ...bad].join(''));
  }
  function discardKept(key: string) {
    if (!confirm('确定删除这份无法读取的数据吗？删除后无法恢复，建议先下载保存。')) return;
    localStorage.removeItem(key);
    setProblems(store.current?.problems() ?? []);
  }

  const filterText = opts.filter === 'all' ? '' : `；只显示${filters.find(([f]) => f === opts.filter)![1]}`;
  const itemText = opts.threshold === null ? '' : `；只显示达标率低于 ${opts.threshold}% 的条目`;
  const caption = `${spec.title}汇总（${columnLabel[opts.col]}）：显示 ${view.rows.length} 个${spec.org}，共 ${view.orgs} 个${filterText}${itemText}`;
  const full = unsaved.message?.includes('已满');
  const unsavedText = unsaved.message && `有 ${unsaved.ids.size} 份登记表未能保存到浏览器（${unsaved.message}）。它们仍显示在本页，但刷新或关闭页面后需要重新导入这些文件。` +
    // Named as the cause only when it is one: a megabyte of the browser's usual five.
    (full && usage >= 1e6 ? `本页汇总的登记表占用了约 ${kb(usage)} 浏览器存储，是空间用满的主要原因：可以清空较早的登记表后重新导入。` : '');
  const oldCount = [...entries.values()].filter((e) => Date.parse(e.savedAt) < Date.now() - oldAfterDays * 864e5).length;
  const counts = entries.size ? `已导入 ${entries.size} 份登记表（${specs.map((s) => `${s.org} ${perForm(s.form)} 份`).join('，')}），保存在这个浏览器里，清空前一直保留；占用浏览器存储约 ${kb(usage)}（浏览器一般只给每个网站约 5 MB，登记表页面的草稿也存在这里）。` : null;

  return (
    <div class={ready ? 'summary' : 'summary is-static'}>
      <p class="sm-nojs">汇总需要启用 JavaScript：备份文件在浏览器里读取，不会上传。请在浏览器设置中允许本网站运行 JavaScript。</p>
      {entry && (
        <OrgDetail spec={specs.find((s) => s.form === entry.draft.form)!} entry={entry} index={index} count={view.rows.length}
          onGo={(step) => setOpen(view.rows[index + step].entry.id)} onBack={() => setOpen(null)} onRemove={() => remove(entry.id)} />
      )}
      <div class="sm-main" hidden={!!entry}>
        <ExpectedPanel text={expectedText} news={expectedNews} onSave={saveExpected} />
        <ImportPanel ready={ready} busy={busy} dragging={dragging} report={report} unsaved={unsavedText} problems={problems} counts={counts}
          onFiles={(files) => void take(files)} onClear={clear} oldCount={oldCount} oldDays={oldAfterDays} onClearOld={clearOld}
          onDownloadKept={(key) => download(localStorage.getItem(key) ?? '', `无法读取的数据-${key.replace(/[^\w-]+/g, '_')}.txt`, 'text/plain')}
          onDiscardKept={discardKept} />
        {!ready ? <p class="sm-empty">正在读取已导入的登记表…</p>
        : entries.size === 0 ? <p class="sm-empty">还没有导入登记表。</p>
        : (
          <>
            <div class="sm-controls no-print">
              <fieldset class="sm-seg">
                <legend>登记表</legend>
                {specs.map((s) => (
                  <label key={s.form}><input type="radio" name="sm-form" checked={form === s.form} onChange={() => setForm(s.form)} />{s.org}（{perForm(s.form)} 份）</label>
                ))}
              </fieldset>
              <fieldset class="sm-seg">
                <legend>统计依据</legend>
                {(['self', 'superior'] as Column[]).map((c) => (
                  <label key={c}><input type="radio" name="sm-col" checked={opts.col === c} onChange={() => set({ col: c })} />{columnLabel[c]}</label>
                ))}
              </fieldset>
              <fieldset class="sm-seg">
                <legend>查看方式</legend>
                <label><input type="radio" name="sm-layout" checked={layout === 'matrix'} onChange={() => setLayout('matrix')} />总表</label>
                <label><input type="radio" name="sm-layout" checked={layout === 'cards'} onChange={() => setLayout('cards')} />逐个组织</label>
              </fieldset>
              <span class="sm-pick">
                <label for="sm-filter">显示组织</label>
                <select id="sm-filter" value={opts.filter} onChange={(e) => set({ filter: e.currentTarget.value as OrgFilter })}>
                  {filters.map(([f, label]) => <option key={f} value={f}>{label}</option>)}
                </select>
              </span>
              <span class="sm-pick">
                <label for="sm-items">显示条目</label>
                <select id="sm-items" value={opts.threshold ?? ''} onChange={(e) => set({ threshold: e.currentTarget.value ? Number(e.currentTarget.value) : null })}>
                  <option value="">全部条目</option>
                  {thresholds.map((t) => <option key={t} value={t}>达标率低于 {t}% 的条目</option>)}
                </select>
              </span>
              <span class="sm-pick">
                <label for="sm-reviewer">验收党总支</label>
                <select id="sm-reviewer" value={opts.reviewer ?? '*'} onChange={(e) => set({ reviewer: e.currentTarget.value === '*' ? null : e.currentTarget.value })}>
                  <option value="*">全部</option>
                  {[...new Set([...view.reviewers, ...expected.filter((x) => x.form === form && x.parent).map((x) => x.parent)])].map((r) => <option key={r} value={r}>{r || '（未注明）'}</option>)}
                </select>
              </span>
              <span class="sm-pick">
                <label for="sm-sort">组织排序</label>
                <select id="sm-sort" value={opts.sort} onChange={(e) => set({ sort: e.currentTarget.value as OrgSort })}>
                  {sorts.map(([s, label]) => <option key={s} value={s}>{label}</option>)}
                </select>
              </span>
              <span class="sm-actions">
                <button type="button" disabled={view.orgs === 0}
                  onClick={async () => download(toCsv((await import('../../lib/summary/export')).matrixRows(spec, view, opts.col)), `${spec.org}登记表汇总-${opts.col === 'self' ? '自评' : '上级验收'}-${today()}.csv`, 'text/csv;charset=utf-8')}>
                  导出表格（CSV）
                </button>
                <button type="button" onClick={async () => download(toCsv((await import('../../lib/summary/export')).fullRows(specs, [...entries.values()], specs.flatMap((s) => notSent(expected, entries, s.form)), whoReviews)), `登记表汇总-全部字段-${today()}.csv`, 'text/csv;charset=utf-8')}>
                  导出全部字段（CSV）
                </button>
                <button type="button" disabled={view.orgs === 0} onClick={() => { setLayout('matrix'); setPrinting(true); }}>打印汇总表</button>
              </span>
            </div>
            {expected.length > 0 && (
              <p class="sm-missing" data-count={missing.length}>
                {missing.length ? <>未报送的{spec.org}（{missing.length} 个）：{missing.map((m) => m.name).join('、')}</> : `名单中的${spec.org}都已报送。`}
              </p>
            )}
            {view.orgs === 0 ? <p class="sm-empty">还没有导入{spec.org}的登记表。</p> : (
              <>
                <CategoryBars spec={spec} totals={view.totals} mark={mark} heading={`各项达标情况（${columnLabel[opts.col]}，共 ${view.orgs} 个${spec.org}）`} />
                <section class="sm-sheet" aria-labelledby="sm-sheet-h">
                  <h2 id="sm-sheet-h" class="no-print">{layout === 'matrix' ? '汇总表' : '逐个组织'}</h2>
                  <p class="meta no-print">点组织名称查看它的整张登记表，可单独打印。</p>
                  {view.rows.length === 0 ? <p class="sm-empty">没有符合条件的组织。</p>
                  : view.categories.length === 0 ? <p class="sm-empty">没有达标率低于 {opts.threshold}% 的条目。</p>
                  : layout === 'matrix' ? <Matrix spec={spec} view={view} col={opts.col} caption={caption} mark={mark} onOpen={setOpen} />
                  : <><p class="sm-caption">{caption}</p><OrgCards spec={spec} view={view} col={opts.col} onOpen={setOpen} /></>}
                </section>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
