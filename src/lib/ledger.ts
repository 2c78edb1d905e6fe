// The work ledger (工作台账) of one organisation for one notice: which tasks are done, when, who
// took part, and a note. Entries are keyed by task id, never by position; entries for tasks a
// notice no longer has are kept, not dropped.
import * as z from 'zod/mini';
import type { RecordSpec } from './envelope';
import { orgKinds, type OrgKind, type Profile } from './profile';

export const limits = { orgName: 100, participants: 500, note: 2000 } as const;

export const entry = z.object({
  done: z.optional(z.boolean()),
  /** YYYY-MM-DD, or '' when cleared. */
  date: z.optional(z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/))),
  /** A head count or names, as the user writes it. */
  participants: z.optional(z.string().check(z.maxLength(limits.participants))),
  note: z.optional(z.string().check(z.maxLength(limits.note))),
});
export type Entry = z.infer<typeof entry>;

export const ledgerDraft = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  orgName: z.string().check(z.maxLength(limits.orgName)),
  orgKind: z.union([z.enum(orgKinds), z.literal('')]),
  entries: z.record(z.string(), entry),
});
export type LedgerDraft = z.infer<typeof ledgerDraft>;

export const ledgerSpec: RecordSpec<LedgerDraft> = { version: 1, schema: ledgerDraft };

/** A new ledger, with the remembered organisation filled in. */
export function emptyLedger(month: string, id: string, org: Profile = { name: '', kind: '' }): LedgerDraft {
  return { id, month, orgName: org.name, orgKind: org.kind, entries: {} };
}

function patchEntry(d: LedgerDraft, taskId: string, patch: Entry): LedgerDraft {
  return { ...d, entries: { ...d.entries, [taskId]: { ...d.entries[taskId], ...patch } } };
}

export const setDone = (d: LedgerDraft, taskId: string, done: boolean) => patchEntry(d, taskId, { done });

/** Recording the date a task was done also ticks it; clearing the date leaves the tick alone. */
export function setDate(d: LedgerDraft, taskId: string, date: string): LedgerDraft {
  return patchEntry(d, taskId, date ? { date, done: true } : { date });
}

export const setParticipants = (d: LedgerDraft, taskId: string, participants: string) =>
  patchEntry(d, taskId, { participants: participants.slice(0, limits.participants) });

export const setNote = (d: LedgerDraft, taskId: string, note: string) => patchEntry(d, taskId, { note: note.slice(0, limits.note) });

export const setOrg = (d: LedgerDraft, org: Partial<Profile>): LedgerDraft => ({
  ...d,
  ...(org.name !== undefined && { orgName: org.name.slice(0, limits.orgName) }),
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
