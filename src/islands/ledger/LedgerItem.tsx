// One task of the ledger: the tick (named by the task's title) and what to record about it.
import { setDate, setDone, setNote, setParticipants, limits, type Entry, type LedgerDraft } from '../../lib/records/ledger';
import type { LedgerTask } from '../../lib/content/tasks';
import { useAutoGrow } from '../grow';

interface Props {
  task: LedgerTask;
  entry: Entry | undefined;
  disabled: boolean;
  edit: (change: (d: LedgerDraft) => LedgerDraft) => void;
}

export function LedgerItem({ task: t, entry: e = {}, disabled, edit }: Props) {
  const id = (what: string) => `${what}-${t.id}`;
  const note = useAutoGrow(e.note);
  return (
    <li class={`ledger-item${e.done ? ' is-done' : ''}`}>
      <div class="ledger-title">
        <input type="checkbox" id={id('done')} checked={!!e.done} disabled={disabled}
          onChange={(ev) => edit((d) => setDone(d, t.id, ev.currentTarget.checked))} />
        <label for={id('done')}>{t.title}</label>
        {t.who !== '全体' && <span class="tag">{t.who}</span>}
        <span class="ledger-state">{e.done ? '已完成' : '未完成'}</span>
      </div>
      <p class="meta">
        <a href={t.href}>通知原文</a>
        {t.due && <> · 报送截止：<time datetime={t.due.date}>{t.due.text}</time>前</>}
      </p>
      {t.recordType && <div class="ledger-records-slot no-print" data-task={t.id} />}
      <div class="ledger-fields">
        <div class="field">
          <label for={id('date')}>完成日期</label>
          <input type="date" id={id('date')} value={e.date ?? ''} disabled={disabled}
            onInput={(ev) => edit((d) => setDate(d, t.id, ev.currentTarget.value))} />
        </div>
        <div class="field">
          <label for={id('people')}>参加人员（人数或名单）</label>
          <input type="text" id={id('people')} value={e.participants ?? ''} maxLength={limits.participants} disabled={disabled}
            onInput={(ev) => edit((d) => setParticipants(d, t.id, ev.currentTarget.value))} />
        </div>
        <div class="field field-wide">
          <label for={id('note')}>备注（如会议记录存放处）</label>
          <textarea ref={note} id={id('note')} rows={2} value={e.note ?? ''} maxLength={limits.note} disabled={disabled}
            onInput={(ev) => edit((d) => setNote(d, t.id, ev.currentTarget.value))} />
        </div>
      </div>
    </li>
  );
}
