// 支部工作记录 (/records/): the branch's member list and its records of organisational life, kept
// once in the branch book draft (shared with /dues/), with drafts, backups, CSV and print.
// Server-rendered with its controls disabled; without JavaScript the page prints a blank 纪实表.
import { useEffect, useRef, useState } from 'preact/hooks';
import { branchBackup, branchTitle, emptyBranch, exportNote, setMembers, type BranchDraft } from '../../lib/records/branch';
import { expected, newRecord, recordList, recordsOfYear, type OrgRecord } from '../../lib/records/record';
import { $profile, rememberByDefault } from '../../lib/storage/profile';
import { toCsv } from '../../lib/storage/csv';
import { DraftBar } from '../drafts/DraftBar';
import { OrgFields } from '../ledger/OrgFields';
import { MemberList } from './MemberList';
import { BookPrint, RecordSheet, YearTable } from './RecordsPrint';
import { useBranch } from './useBranch';

const csv = (rows: string[][]) => ({ text: toCsv(rows), ext: 'csv', type: 'text/csv;charset=utf-8' });
const sheets = () => import('../../lib/records/sheets');

export default function Records({ thisYear }: { thisYear: number }) {
  const [session, state] = useBranch();
  const draft = state?.current ?? emptyBranch('ssr');
  const off = !session;
  const edit = (change: (d: BranchDraft) => BranchDraft) => session?.edit(change);
  const [year, setYear] = useState(thisYear);
  const [open, setOpen] = useState<string | null>(null);
  // What prints: a record's 纪实表 (its id) or the year's 台账 ('book').
  const [printing, setPrinting] = useState<string>('book');
  useEffect(() => setOpen(null), [draft.id]);
  // The record form loads when a record is first opened: most visits read the lists and print.
  // Clicks while it loads are ignored (a double click adds one record), and so is the click when
  // another draft was opened meanwhile.
  const [Form, setForm] = useState<typeof import('./RecordForm').RecordForm>();
  const loading = useRef(false);
  const draftId = useRef(draft.id);
  draftId.current = draft.id;
  async function withForm(then: () => void) {
    if (!Form) {
      if (loading.current) return;
      const was = draftId.current;
      loading.current = true;
      try {
        const { RecordForm } = await import('./RecordForm');
        setForm(() => RecordForm);
      } catch {
        return session?.notify('无法打开记录表单（网络可能已断开）：请联网后刷新页面再试。已有的记录都还在。');
      } finally {
        loading.current = false;
      }
      if (draftId.current !== was) return;
    }
    then();
  }
  // The build's year renders on the server; the reader's own year once running.
  useEffect(() => setYear(new Date().getFullYear()), []);

  /** Where focus goes once the form it was in is gone (after the next render); 添加记录 if that is not shown. */
  const focusOn = (selector: string) =>
    requestAnimationFrame(() => (document.querySelector<HTMLElement>(selector) ?? document.getElementById('record-add'))?.focus());
  function close(id: string) {
    setOpen(null);
    focusOn(`[data-edit="${id}"]`);
  }
  const editRecord = (id: string) => (change: (r: OrgRecord) => OrgRecord) =>
    edit((d) => (d.records[id] ? { ...d, records: { ...d.records, [id]: change(d.records[id]) } } : d));
  function add() {
    const r = newRecord();
    edit((d) => ({ ...d, records: { ...d.records, [r.id]: r } }));
    setOpen(r.id);
  }
  function remove(id: string) {
    edit((d) => {
      const { [id]: _gone, ...records } = d.records;
      return { ...d, records };
    });
    setOpen(null);
    focusOn('#record-add');
  }
  function print(what: string) {
    session?.flush();
    setPrinting(what);
    // Once the chosen sheet has rendered (Preact renders before the next frame).
    requestAnimationFrame(() => window.print());
  }

  const shown = recordsOfYear(draft.records, year);
  const undated = recordList(draft.records).filter((r) => !r.date);
  const openRecord = open ? draft.records[open] : undefined;
  const row = (r: OrgRecord) => (
    <li key={r.id} class="record-row">
      {open === r.id && Form ? (
        <Form key={r.id} record={r} members={draft.members} edit={editRecord(r.id)} close={() => close(r.id)} remove={() => remove(r.id)} print={() => print(r.id)} />
      ) : (
        <>
          <span class="record-summary">
            <strong>{r.date || '未填日期'}</strong> {r.type} · {r.theme.trim() || '（未填主题）'}
            <span class="meta"> · 应到 {expected(r)} 实到 {r.attendees.length}{r.hours ? ` · ${r.hours} 学时` : ''}</span>
          </span>
          <button type="button" data-edit={r.id} disabled={off} onClick={() => void withForm(() => setOpen(r.id))} aria-label={`编辑：${r.date} ${r.type} ${r.theme}`}>编辑</button>
          <button type="button" disabled={off} onClick={() => print(r.id)} aria-label={`打印纪实表：${r.date} ${r.type} ${r.theme}`}>打印</button>
        </>
      )}
    </li>
  );

  return (
    <div class="records">
      <div class="records-form no-print">
        <DraftBar session={session} state={state} title={branchTitle} detail={(d) => (d.label ? d.orgName : '')} backup={branchBackup} exportNote={exportNote(draft)}
          exports={[
            { label: '导出花名册（CSV）', what: '花名册', make: async (d) => csv((await sheets()).memberRows(d.members)) },
            { label: `导出${year}年台账（CSV）`, what: `${year}年台账`, make: async (d) => csv((await sheets()).bookRows(d.orgName, d.records, d.members, year)) },
          ]} />
        <OrgFields key={session ? draft.id : 'ssr'} draft={draft} disabled={off} edit={edit}
          rememberAtFirst={rememberByDefault($profile.get(), { name: draft.orgName, kind: draft.orgKind })} />

        <section aria-labelledby="members-h">
          <h2 id="members-h">党员花名册</h2>
          <MemberList members={draft.members} disabled={off} edit={(change) => edit((d) => setMembers(d, change(d.members)))} />
        </section>

        <section aria-labelledby="records-h">
          <h2 id="records-h">组织生活记录</h2>
          <p class="records-year">
            <label for="records-year">统计年度</label>
            <input id="records-year" type="number" min="1921" max="2100" value={year} disabled={off}
              onInput={(e) => { const y = e.currentTarget.valueAsNumber; if (y >= 1921 && y <= 2100) setYear(y); }} />
            <span class="meta">{year}年共 {shown.length} 条</span>
          </p>
          {openRecord && !openRecord.date.startsWith(String(year)) && openRecord.date && <p class="callout">正在编辑的记录不在 {year} 年，保存后请切换统计年度查看。</p>}
          <ol class="record-list">{shown.map(row)}</ol>
          {undated.length > 0 && (
            <>
              <h3>未填日期的记录（不计入统计）</h3>
              <ol class="record-list">{undated.map(row)}</ol>
            </>
          )}
          {openRecord?.date && !shown.includes(openRecord) && <ol class="record-list">{row(openRecord)}</ol>}
          <p><button type="button" id="record-add" class="primary" disabled={off || !!openRecord} onClick={() => void withForm(add)}>添加记录</button></p>
        </section>

        <section aria-labelledby="book-h">
          <h2 id="book-h">{year}年台账</h2>
          <section class="table-scroll" tabindex={0} aria-label={`${year}年各类组织生活次数`}>
            <YearTable records={draft.records} year={year} />
          </section>
          <p class="record-actions">
            <button type="button" class="primary" disabled={off} onClick={() => print('book')}>打印{year}年台账</button>
            <span class="meta">打印时请选择 A4 纸、纵向。</span>
          </p>
        </section>
      </div>
      <div class="records-print">
        {off ? <RecordSheet draft={draft} /> : printing === 'book' || !draft.records[printing] ? <BookPrint draft={draft} year={year} /> : <RecordSheet draft={draft} record={draft.records[printing]} />}
      </div>
    </div>
  );
}
