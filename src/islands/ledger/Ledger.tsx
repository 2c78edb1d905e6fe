// The work ledger (工作台账): the organisation, every task of the notice with its tick, date,
// participants and note, a role filter and progress, drafts and backups, and the printed record.
// Server-rendered with its controls disabled; the page without JavaScript prints a blank ledger.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { toCsv } from '../../lib/storage/csv';
import { draftSession } from '../../lib/storage/draft-session';
import { draftRepo } from '../../lib/storage/drafts';
import {
  emptyLedger, forRole, ledgerBackup, ledgerProgress, ledgerRows, ledgerSpec, ledgerTitle, orphanedEntries, roles,
  wrongMonth, type LedgerDraft, type Role,
} from '../../lib/records/ledger';
import { hasBooks } from '../../lib/records/keys';
import { $profile, loadProfile, rememberByDefault } from '../../lib/storage/profile';
import type { LedgerTask } from '../../lib/content/tasks';
import { DraftBar } from '../drafts/DraftBar';
import { browserStorage, useSession } from '../drafts/useSession';
import { LedgerItem } from './LedgerItem';
import { LedgerPrint } from './LedgerPrint';
import { OrgFields } from './OrgFields';
import type { LinkProps } from './RecordsLink';

interface Props {
  month: string;
  monthText: string;
  /** The notice the ledger follows, as printed: issuer and title. */
  basis: string;
  sections: string[];
  tasks: LedgerTask[];
  /** The days whose 支部工作记录 records can tick a task. */
  period: { from: string; to: string };
}

const roleLabel = (r: Role) => (r === '全部' ? '全部任务' : `${r}的任务`);

export default function Ledger({ month, monthText, basis, sections, tasks, period }: Props) {
  const [session, state] = useSession(() => {
    const storage = browserStorage();
    loadProfile(storage);
    return draftSession<LedgerDraft>({
      repo: draftRepo(storage, 'handbook:ledger:', ledgerSpec),
      spec: ledgerSpec,
      storage,
      mine: (d) => d.month === month,
      blank: (id) => emptyLedger(month, id, $profile.get()),
      title: ledgerTitle,
      activeKey: `handbook:active:ledger:${month}`,
    });
  });
  const draft = state?.current ?? emptyLedger(month, 'ssr');
  const off = !session;
  const edit = (change: (d: LedgerDraft) => LedgerDraft) => session?.edit(change);
  const [role, setRole] = useState<Role>('全部');
  // Records from the branch book (支部工作记录): code loaded only when this browser has one.
  const [Link, setLink] = useState<FunctionComponent<LinkProps>>();
  useEffect(() => {
    if (hasBooks(browserStorage())) import('./RecordsLink').then((m) => setLink(() => m.RecordsLink));
  }, []);
  // A draft opens on its own organisation's tasks; the filter stays free to change.
  useEffect(() => setRole(draft.orgKind || '全部'), [draft.id, draft.orgKind]);

  const shown = forRole(tasks, role);
  const p = ledgerProgress(shown.map((t) => t.id), draft.entries);
  const progress = `已完成 ${p.done}/${p.total}`;
  const scope = role === '全部' ? '' : `（${roleLabel(role)}）`;
  const orphans = orphanedEntries(tasks.map((t) => t.id), draft.entries);
  function print() {
    session?.flush();
    window.print();
  }

  return (
    <div class="ledger">
      <div class="ledger-form no-print">
        <DraftBar session={session} state={state} title={ledgerTitle} detail={(d) => (d.label ? d.orgName : '')} backup={ledgerBackup} refuse={(d) => wrongMonth(month, d)}
          exports={[{ label: '导出表格（CSV）', make: (d) => ({ text: toCsv(ledgerRows(d, tasks, monthText)), ext: 'csv', type: 'text/csv;charset=utf-8' }) }]} />
        <OrgFields key={session ? draft.id : 'ssr'} draft={draft} disabled={off} edit={edit}
          rememberAtFirst={rememberByDefault($profile.get(), { name: draft.orgName, kind: draft.orgKind })} />
        <fieldset class="inline-choices role-filter" disabled={off}>
          <legend>显示</legend>
          {roles.map((r) => (
            <label key={r}>
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {roleLabel(r)}
            </label>
          ))}
        </fieldset>
        {Link && session && <Link tasks={tasks} period={period} orgName={draft.orgName} orgKind={draft.orgKind} edit={edit} />}
        <p class="ledger-progress">{progress}{scope}</p>
        <progress max={p.total} value={p.done} aria-label={`完成进度${scope}`} />
        {orphans.length > 0 && (
          <p class="callout">这份台账里有 {orphans.length} 项记录对应的任务已不在当前通知中（编号 {orphans.join('、')}）。这些记录仍保存在草稿和备份文件里，没有丢失。</p>
        )}
        {sections.map((s, i) => {
          const items = shown.filter((t) => t.section === s);
          if (items.length === 0) return null;
          return (
            <section key={s} aria-labelledby={`ledger-section-${i}`}>
              <h2 id={`ledger-section-${i}`}>{s}</h2>
              <ol class="ledger-items">
                {items.map((t) => <LedgerItem key={t.id} task={t} entry={draft.entries[t.id]} disabled={off} edit={edit} />)}
              </ol>
            </section>
          );
        })}
        <p class="ledger-actions">
          <button type="button" class="primary" disabled={off} onClick={print}>打印台账</button>
          <span class="meta">打印时请选择 A4 纸、纵向；打印的是当前显示的任务。</span>
        </p>
      </div>
      <LedgerPrint draft={draft} tasks={shown} sections={sections} basis={basis} monthText={monthText} scope={scope} progress={progress} blank={off} />
    </div>
  );
}
