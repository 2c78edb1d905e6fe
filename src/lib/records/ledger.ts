// The work ledger (工作台账) of one organisation for one notice: which tasks are done, when, who
// took part, and a note. Entries are keyed by task id, never by position; entries for tasks a
// notice no longer has are kept, not dropped.
import * as v from 'valibot';
import type { BackupKind } from '../storage/backup';
import { chineseDate, chineseMonth } from '../content/dates';
import { clipText, isCalendarDate, isPlainMap, optionalDate, wellFormedText as text } from '../storage/checks';
import type { RecordSpec } from '../storage/envelope';
import { orgKind, orgKinds, type OrgKind, type Profile } from '../storage/profile';

export const limits = { orgName: 100, participants: 500, note: 2000 } as const;

export const entry = v.object({
  done: v.optional(v.boolean()),
  /** YYYY-MM-DD, or '' when cleared. */
  date: v.optional(optionalDate),
  /** A head count or names, as the user writes it. */
  participants: v.optional(text(limits.participants)),
  note: v.optional(text(limits.note)),
});
export type Entry = v.InferOutput<typeof entry>;

export const ledgerDraft = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, '编号无效')),
  /** The user's own name for the draft; the organisation is shown when empty. */
  label: v.optional(text(60)),
  month: v.pipe(v.string(), v.check((m) => /^\d{4}-\d{2}$/.test(m) && isCalendarDate(`${m}-01`), '月份无效')),
  orgName: text(limits.orgName),
  orgKind,
  /** By task id; a notice has a dozen tasks, so hundreds are never real. */
  entries: v.pipe(
    v.unknown(),
    v.check(isPlainMap, '工作记录应当是按任务编号排列的表'),
    v.record(v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/, '任务编号无效')), entry),
    v.check((e) => Object.keys(e).length <= 500, '工作记录太多'),
  ),
});
export type LedgerDraft = v.InferOutput<typeof ledgerDraft>;

export const ledgerSpec: RecordSpec<LedgerDraft> = { version: 1, schema: ledgerDraft };
export const ledgerBackup: BackupKind<LedgerDraft> = { kind: 'ledger', label: '工作台账', spec: ledgerSpec };

export function ledgerTitle(d: LedgerDraft): string {
  return d.label?.trim() || d.orgName.trim() || '未命名台账';
}

/** Why a valid ledger backup does not belong on this month's page, or null. */
export function wrongMonth(month: string, d: LedgerDraft): string | null {
  return d.month === month ? null : `这是${chineseMonth(d.month)}工作台账的备份文件，请到${chineseMonth(d.month)}的台账页面导入。`;
}

/** A new ledger, with the remembered organisation filled in. */
export function emptyLedger(month: string, id: string, org: Profile = { name: '', kind: '' }): LedgerDraft {
  return { id, month, orgName: org.name, orgKind: org.kind, entries: {} };
}

/** The draft with one entry changed; an entry left with nothing in it is dropped, not kept blank. */
function patchEntry(d: LedgerDraft, taskId: string, patch: Entry): LedgerDraft {
  const next: Entry = { ...d.entries[taskId], ...patch };
  for (const k of ['done', 'date', 'participants', 'note'] as const) if (!next[k]) delete next[k];
  const entries = { ...d.entries };
  if (hasContent(next)) entries[taskId] = next;
  else delete entries[taskId];
  return { ...d, entries };
}

export const setDone = (d: LedgerDraft, taskId: string, done: boolean) => patchEntry(d, taskId, { done });

/** Recording the date a task was done also ticks it; clearing the date leaves the tick alone. */
export function setDate(d: LedgerDraft, taskId: string, date: string): LedgerDraft {
  return patchEntry(d, taskId, date ? { date, done: true } : { date });
}

export const setParticipants = (d: LedgerDraft, taskId: string, participants: string) =>
  patchEntry(d, taskId, { participants: clipText(participants, limits.participants) });

export const setNote = (d: LedgerDraft, taskId: string, note: string) => patchEntry(d, taskId, { note: clipText(note, limits.note) });

export const setOrg = (d: LedgerDraft, org: Partial<Profile>): LedgerDraft => ({
  ...d,
  ...(org.name !== undefined && { orgName: clipText(org.name, limits.orgName) }),
  ...(org.kind !== undefined && { orgKind: org.kind }),
});

/** The role filter: everything, or what concerns one kind of organisation. */
export type Role = '全部' | OrgKind;
export const roles: Role[] = ['全部', ...orgKinds];

/** Tasks for the chosen role: its own and those for all (全体). */
export function forRole<T extends { who: string }>(tasks: T[], role: Role): T[] {
  return role === '全部' ? tasks : tasks.filter((t) => t.who === role || t.who === '全体');
}

/** Done over the given (current, visible) tasks only. */
export function ledgerProgress(taskIds: string[], entries: LedgerDraft['entries']): { done: number; total: number } {
  return { done: taskIds.filter((id) => entries[id]?.done).length, total: taskIds.length };
}

/** Ids of entries with content for tasks the notice no longer lists. */
export function orphanedEntries(taskIds: string[], entries: LedgerDraft['entries']): string[] {
  const current = new Set(taskIds);
  return Object.keys(entries).filter((id) => !current.has(id) && hasContent(entries[id]));
}

function hasContent(e: Entry | undefined): boolean {
  return !!(e?.done || e?.date || e?.participants?.trim() || e?.note?.trim());
}

/** The ledger as spreadsheet rows, in the printed record's order. */
export function ledgerRows(d: LedgerDraft, tasks: { id: string; section: string; title: string; who: string }[], monthText: string): string[][] {
  const rows = [[`${monthText}工作台账`], ['组织名称', d.orgName, d.orgKind], [], ['类别', '工作任务', '对象', '完成情况', '完成日期', '参加人员', '备注']];
  for (const t of tasks) {
    const e = d.entries[t.id] ?? {};
    rows.push([t.section, t.title, t.who, e.done ? '已完成' : '未完成', e.date ? chineseDate(e.date) : '', e.participants ?? '', e.note ?? '']);
  }
  return rows;
}
