// The work ledger (工作台账) island. Server-rendered with its controls disabled, so the page
// without JavaScript is a blank ledger to print; on load it fills in and enables.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { emptyLedger, forRole, ledgerProgress, roles, setOrg, type Role } from '../lib/ledger';
import { $profile, loadProfile, rememberByDefault } from '../lib/profile';
import type { StorageLike } from '../lib/safe-storage';
import type { LedgerTask } from '../lib/tasks';
import { $ledger, updateLedger } from '../stores/ledger';
import { LedgerItem } from './LedgerItem';
import { LedgerPrint } from './LedgerPrint';
import { OrgFields } from './OrgFields';

interface Props {
  month: string;
  monthText: string;
  /** The notice the ledger follows, as printed: issuer and title. */
  basis: string;
  sections: string[];
  tasks: LedgerTask[];
}

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const roleLabel = (r: Role) => (r === '全部' ? '全部任务' : `${r}的任务`);

export default function Ledger({ month, monthText, basis, sections, tasks }: Props) {
  if ($ledger.get().month !== month) $ledger.set(emptyLedger(month, 'ledger'));
  const draft = useStore($ledger);
  const [ready, setReady] = useState(false);
  const [storage, setStorage] = useState<StorageLike | null>(null);
  const [role, setRole] = useState<Role>('全部');
  const [rememberAtFirst, setRememberAtFirst] = useState(true);

  useEffect(() => {
    const s = browserStorage();
    const p = loadProfile(s);
    const d = $ledger.get();
    if (!d.orgName && !d.orgKind) updateLedger(setOrg, p);
    const now = $ledger.get();
    setRememberAtFirst(rememberByDefault($profile.get(), { name: now.orgName, kind: now.orgKind }));
    if (now.orgKind) setRole(now.orgKind);
    setStorage(s);
    setReady(true);
    document.getElementById('ledger-nojs')?.setAttribute('hidden', '');
  }, []);

  const shown = forRole(tasks, role);
  const p = ledgerProgress(shown.map((t) => t.id), draft.entries);
  const progress = `已完成 ${p.done}/${p.total}`;
  const scope = role === '全部' ? '' : `（${roleLabel(role)}）`;

  return (
    <div class="ledger">
      <div class="ledger-form no-print">
        <OrgFields key={ready ? 'ready' : 'server'} draft={draft} storage={storage} disabled={!ready} rememberAtFirst={rememberAtFirst} />
        <fieldset class="inline-choices role-filter">
          <legend>显示</legend>
          {roles.map((r) => (
            <label key={r}>
              <input type="radio" name="role" value={r} checked={role === r} disabled={!ready} onChange={() => setRole(r)} />
              {roleLabel(r)}
            </label>
          ))}
        </fieldset>
        <p class="ledger-progress" role="status">{progress}{scope}</p>
        <progress max={p.total} value={p.done} aria-label={`完成进度${scope}`} />
        {sections.map((s, i) => {
          const items = shown.filter((t) => t.section === s);
          if (items.length === 0) return null;
          return (
            <section key={s} aria-labelledby={`ledger-section-${i}`}>
              <h2 id={`ledger-section-${i}`}>{s}</h2>
              <ol class="ledger-items">
                {items.map((t) => <LedgerItem key={t.id} task={t} entry={draft.entries[t.id]} disabled={!ready} />)}
              </ol>
            </section>
          );
        })}
        <p><button type="button" class="button" disabled={!ready} onClick={() => window.print()}>打印台账</button></p>
      </div>
      <LedgerPrint draft={draft} tasks={shown} sections={sections} basis={basis} monthText={monthText} scope={scope} progress={progress} blank={!ready} />
    </div>
  );
}
