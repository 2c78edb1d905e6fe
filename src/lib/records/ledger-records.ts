// The month's ledger fed by the branch book: records of a task's type in the notice's period, and
// ticking the task from one of them (date, head count and where the record is), never overwriting
// what the user already wrote.
import { setDate, setNote, setParticipants, type LedgerDraft } from './ledger';
import type { OrgRecord, RecordType, Records } from './record';
import { chineseDate } from '../content/dates';

export function matchingRecords(records: Records, type: RecordType, period: { from: string; to: string }): OrgRecord[] {
  return Object.values(records)
    .filter((r) => r.type === type && r.date >= period.from && r.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export const recordLabel = (r: OrgRecord) => `${chineseDate(r.date)} ${r.type}${r.theme.trim() ? `“${r.theme.trim()}”` : ''}`;

export function tickFromRecord(d: LedgerDraft, taskId: string, r: OrgRecord): LedgerDraft {
  const e = d.entries[taskId] ?? {};
  let next = setDate(d, taskId, r.date);
  if (!e.participants?.trim() && r.attendees.length) next = setParticipants(next, taskId, `${r.attendees.length}人`);
  if (!e.note?.trim()) next = setNote(next, taskId, `见支部工作记录：${recordLabel(r)}`);
  return next;
}
