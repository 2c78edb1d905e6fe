// The self-assessment form (附件2) for either organisation type: header fields, every item with
// its two verdicts and a note, progress and filters, drafts and backups, and the printable form.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checklistBackup, checklistRows, checklistSpec, draftTitle, emptyDraft, fileLabel, filterItems, itemIds, nextUnanswered,
  orphanedAnswers, progress, setAnswer, touch, wrongForm, type ChecklistDraft, type Part, type Filter, type FormSpec,
} from '../../lib/checklist/checklist';
import { savedTime } from '../../lib/content/dates';
import { backupFileName, backupJson } from '../../lib/storage/backup';
import { toCsv } from '../../lib/storage/csv';
import { draftRepo } from '../../lib/storage/drafts';
import { draftSession } from '../../lib/storage/draft-session';
import { $profile, loadProfile } from '../../lib/storage/profile';
import { RememberedOrg } from '../drafts/RememberedOrg';
import { DraftBar } from '../drafts/DraftBar';
import { browserStorage, useSession } from '../drafts/useSession';
import { EvidenceBar } from './evidence';
import { ItemCard } from './ItemCard';
import { PrintForm } from './PrintForm';
import { WordButton } from './WordButton';
import type { Relay } from './relay-import';

const filters: [Filter, string][] = [['all', '全部条目'], ['unanswered', '未自评'], ['unmet', '未达标']];

export default function Checklist({ spec }: { spec: FormSpec }) {
  const ids = itemIds(spec);
  // Who reviews this form: a 党支部's form its 党总支, a 党总支's form the organisation above it.
  const reviewerOrg = spec.form === 'zhibu' ? '党总支' : '上级党组织';
  const [session, state] = useSession(() => {
    const storage = browserStorage();
    loadProfile(storage);
    return draftSession<ChecklistDraft>({
      repo: draftRepo(storage, 'handbook:checklist:', checklistSpec),
      spec: checklistSpec,
      storage,
      mine: (d) => d.form === spec.form,
      // A new draft starts with the organisation this browser remembers now, if it is of this form's kind.
      blank: (id) => {
        const own = $profile.get();
        return { ...emptyDraft(spec.form, id), orgName: own.kind === '' || own.kind === spec.org ? own.name : '' };
      },
      title: draftTitle,
      activeKey: `handbook:active:checklist:${spec.form}`,
    });
  });
  const [filter, setFilter] = useState<{ kind: Filter; shown: Set<string> }>({ kind: 'all', shown: new Set(ids) });
  const [notes, setNotes] = useState(false);
  const [jumpNews, setJumpNews] = useState('');
  // 验收模式 is on for one draft at a time, and off for a draft opened or created anew.
  const [reviewFor, setReviewFor] = useState<string | null>(null);
  const [relay, setRelay] = useState<Relay | null>(null);
  const [sendNews, setSendNews] = useState('');

  // The count at the bottom of a phone's screen shows only once the full progress line has scrolled off the top.
  const tools = useRef<HTMLDivElement>(null);
  // 开始验收 goes away once pressed: focus moves on to the 验收模式 box it ticked.
  const modeBox = useRef<HTMLInputElement>(null);
  const [toolsAbove, setToolsAbove] = useState(false);
  useEffect(() => {
    if (!tools.current || typeof IntersectionObserver === 'undefined') return;
    // The observed area reaches far below the screen, so "not intersecting" means "above it": a jump
    // from far down to the top, past the screen's own edge, still counts as coming back.
    const watch = new IntersectionObserver(([e]) => setToolsAbove(!e.isIntersecting), { rootMargin: '0px 0px 100000px 0px' });
    watch.observe(tools.current);
    return () => watch.disconnect();
  }, []);
  const draft = state?.current ?? emptyDraft(spec.form, 'ssr');
  const off = !session;
  const edit = (change: (d: ChecklistDraft) => ChecklistDraft) => session?.edit(change);
  /** An edit of one part moves that part's save time (see lib/checklist/parts.ts). */
  const editPart = (part: Part, change: (d: ChecklistDraft) => ChecklistDraft) => edit((d) => touch(change(d), part));
  const reviewing = reviewFor === draft.id;
  function review(on: boolean, id = draft.id) {
    setReviewFor(on ? id : null);
    // A 党总支 reviewing a branch's form: its own remembered name is the reviewer.
    const mine = $profile.get();
    if (on && spec.form === 'zhibu' && mine.kind === '党总支' && mine.name && !session?.$state.get().current.reviewer) editPart('review', (d) => ({ ...d, reviewer: mine.name }));
  }
  async function importFile(f: File): Promise<string | null> {
    if (!session) return null;
    const r = await (await import('./relay-import')).importInto(f, spec, ids, session, $profile.get().name);
    // A refused file leaves the draft as it was: the last import's news no longer applies.
    if ('error' in r) {
      setRelay(null);
      return r.error;
    }
    setRelay(r);
    return null;
  }
  async function send() {
    if (!session) return;
    session.flush();
    const s = session.$state.get();
    const at = s.save.kind === 'saved' ? s.save.at : new Date().toISOString();
    setSendNews(await (await import('./send')).sendFile(backupJson(checklistBackup, s.current, at), backupFileName(draftTitle(s.current), fileLabel(spec, s.current), at, 'json')));
  }
  const p = progress(ids, draft.answers);
  const orphans = orphanedAnswers(ids, draft.answers);

  const choose = (kind: Filter) => setFilter({ kind, shown: filterItems(ids, draft.answers, kind) });
  // Another draft, another set of answers: start again from the whole form.
  useEffect(() => setFilter({ kind: 'all', shown: new Set(ids) }), [draft.id]);
  // In 验收模式 the 党总支 fills 上级验收: the jump goes to the next item it has not reviewed.
  const jumpPart = reviewing ? 'superior' : 'self';
  const jumpWord = reviewing ? '验收' : '自评';
  function jump() {
    const here = (document.activeElement as HTMLElement | null)?.closest('.ck-item')?.id.slice('item-'.length);
    const next = nextUnanswered(ids, draft.answers, here, jumpPart);
    if (!next) return setJumpNews(`所有条目都已${jumpWord}。`);
    if (!filter.shown.has(next)) choose('all');
    setJumpNews('');
    requestAnimationFrame(() => {
      const radio = document.querySelector<HTMLInputElement>(`[name="${next}:${jumpPart}"]`);
      radio?.closest('.ck-item')?.scrollIntoView({ block: 'center' });
      radio?.focus();
    });
  }
  function print() {
    session?.flush();
    window.print();
  }

  return (
    <div class={session ? 'checklist' : 'checklist is-static'}>
      <p class="ck-nojs no-print">在线填写需要启用 JavaScript。下面是空白登记表，可以直接打印后手工填写。</p>
      <div class="ck-screen no-print">
        <DraftBar session={session} state={state} title={draftTitle} detail={(d) => (d.label ? d.orgName : '')} backup={checklistBackup} fileLabel={fileLabel(spec, draft)} refuse={(d) => wrongForm(spec, d)}
          exports={[{ label: '导出表格（CSV）', make: (d) => ({ text: toCsv(checklistRows(spec, d)), ext: 'csv', type: 'text/csv;charset=utf-8' }) }]} importer={importFile} />
        <div class="ck-relay" aria-live="polite">
          {relay?.text}
          {relay?.offer && relay.offer.id === draft.id && !reviewing && (
            <span>{relay.offer.text}<button type="button" onClick={() => { review(true, relay.offer!.id); modeBox.current?.focus(); }}>开始验收</button></span>
          )}
        </div>
        <div class="ck-review">
          <label class="ck-mode"><input ref={modeBox} type="checkbox" checked={reviewing} disabled={off} onChange={(e) => review(e.currentTarget.checked)} />验收模式</label>
          <p class="ck-who">
            {reviewing ? `验收中：“自评是否达标”和“说明”由${spec.org}填写，这里只读。` : `“上级验收是否达标”和“验收结果”由${reviewerOrg}在验收模式中填写。`}
          </p>
          <label for="ck-reviewer">验收的{reviewerOrg}</label>
          <input id="ck-reviewer" type="text" maxLength={100} disabled={off || !reviewing} value={draft.reviewer ?? ''} onInput={(e) => editPart('review', (d) => ({ ...d, reviewer: e.currentTarget.value }))} />
          {draft.reviewSavedAt && <p class="ck-who">上级验收最后保存于 {savedTime(draft.reviewSavedAt)}{draft.reviewer ? `（${draft.reviewer}）` : ''}</p>}
        </div>
        <fieldset class="ck-head" disabled={off || reviewing}>
          <legend>基本信息</legend>
          <label for="ck-org">{spec.nameLabel}</label>
          <input id="ck-org" type="text" value={draft.orgName} maxLength={100} autocomplete="organization" onInput={(e) => editPart('self', (d) => ({ ...d, orgName: e.currentTarget.value }))} />
          <label for="ck-date">{spec.dateLabel}</label>
          <input id="ck-date" type="date" value={draft.date} onInput={(e) => editPart('self', (d) => ({ ...d, date: e.currentTarget.value }))} />
        </fieldset>
        {session && <EvidenceBar org={spec.org} orgName={draft.orgName} date={draft.date} editNote={(id, f) => edit((d) => setAnswer(d, id, { note: f(d.answers[id]?.note ?? '') }))} />}
        <RememberedOrg />
        <div class="ck-tools" ref={tools}>
          <p class="ck-progress">
            <span>已自评 {p.selfAnswered}/{p.total}</span> · <span>达标 {p.selfMet}</span> · <span>未达标 {p.selfUnmet}</span> · <span>上级已验收 {p.superiorAnswered}/{p.total}</span>
          </p>
          <fieldset class="ck-filter" disabled={off}>
            <legend>显示</legend>
            {filters.map(([kind, label]) => (
              <label key={kind}><input type="radio" name="ck-filter" checked={filter.kind === kind} onChange={() => choose(kind)} />{label}</label>
            ))}
          </fieldset>
          <button type="button" disabled={off} onClick={jump}>下一个未{jumpWord}条目</button>
          <span aria-live="polite">{jumpNews || (filter.kind !== 'all' && (filter.shown.size ? `显示 ${filter.shown.size} 条` : '没有符合条件的条目。'))}</span>
        </div>
        {orphans.length > 0 && (
          <p class="ck-orphans">
            草稿里有 {orphans.length} 条答案对应的条目已不在当前版本的登记表中（编号 {orphans.join('、')}）。这些答案仍保存在草稿和备份文件里，没有丢失。
          </p>
        )}
        {spec.categories.map((c) => (
          <section key={c.id} class="ck-category" aria-labelledby={`c-${c.id}`} hidden={!c.items.some((i) => filter.shown.has(i.id))}>
            <h2 id={`c-${c.id}`}>{c.name}</h2>
            {c.items.map((item) => (
              <ItemCard key={item.id} item={item} answer={draft.answers[item.id] ?? {}} disabled={off} reviewing={reviewing} hidden={!filter.shown.has(item.id)}
                onChange={(change) => editPart('superior' in change ? 'review' : 'self', (d) => setAnswer(d, item.id, change))} />
            ))}
          </section>
        ))}
        {/* Phones: the tools above scroll away, so the count stays at the bottom of the screen.
            A visual copy only: the progress line above is the one assistive technology reads. */}
        <p class="ck-bottom-progress" aria-hidden="true" hidden={!toolsAbove}>{reviewing ? `上级已验收 ${p.superiorAnswered}/${p.total}` : `已自评 ${p.selfAnswered}/${p.total} · 达标 ${p.selfMet} · 未达标 ${p.selfUnmet}`}</p>
        <div class="ck-result">
          <label for="ck-result">{spec.resultLabel}</label>
          <textarea id="ck-result" rows={3} maxLength={2000} disabled={off || !reviewing} value={draft.result} onInput={(e) => editPart('review', (d) => ({ ...d, result: e.currentTarget.value }))} />
          {!reviewing && <p class="ck-who">由{reviewerOrg}在验收模式中填写。</p>}
        </div>
        <div class="ck-send">
          <button type="button" disabled={off} onClick={() => void send()}>发送备份文件…</button>
          <p class="ck-who">{reviewing ? '验收后发给组织人事处和被验收的组织' : `填好后发给${reviewerOrg}验收`}：手机上可直接发到微信或邮件，电脑上会下载文件。</p>
          <p aria-live="polite">{sendNews}</p>
        </div>
        <div class="ck-print">
          <label><input type="checkbox" checked={notes} disabled={off} onChange={(e) => setNotes(e.currentTarget.checked)} />打印时包含“说明”列</label>
          <button type="button" class="primary" disabled={off} onClick={print}>打印登记表</button>
          <WordButton spec={spec} draft={draft} notes={notes} disabled={off} onBeforeOutput={() => session?.flush()} />
          <p>打印时请在浏览器的打印设置中选择 A4 纸、纵向，并关闭“页眉和页脚”。打印后由党总支书记签字盖章。</p>
        </div>
      </div>
      <PrintForm spec={spec} draft={draft} notes={notes} />
    </div>
  );
}
