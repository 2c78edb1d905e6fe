// The branch's book (支部台账): one draft per organisation holding its member list, its records of
// organisational life and, on the dues page, its dues. /records/ and /dues/ open the same drafts
// (`handbook:branch:<id>`), so the member list is kept once. New fields are added as optional
// fields of this object: drafts saved before them stay valid without a migration.
import * as v from 'valibot';
import type { BackupKind } from '../storage/backup';
import type { RecordSpec } from '../storage/envelope';
import { wellFormedText } from '../storage/checks';
import { orgKind, type Profile } from '../storage/profile';
import { memberMap, type Members } from './members';
import { recordMap, type Records } from './record';
import { branchDues } from '../dues/schema';

export const branchLimits = { orgName: 100, label: 60 } as const;

export const branchDraft = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** The user's own name for the draft; the organisation is shown when empty. */
  label: v.optional(wellFormedText(branchLimits.label)),
  orgName: wellFormedText(branchLimits.orgName),
  orgKind,
  members: memberMap,
  records: recordMap,
  /** Dues settings, bases and payments (/dues/); absent until the dues page is first used. */
  dues: v.optional(branchDues),
});
export type BranchDraft = v.InferOutput<typeof branchDraft>;

export const branchSpec: RecordSpec<BranchDraft> = { version: 1, schema: branchDraft };
/** A year of a 60-member branch is ~250 KB as a backup file: several years pass the usual 1 MB limit. */
export const branchBackup: BackupKind<BranchDraft> = { kind: 'branch', label: '支部台账', spec: branchSpec, maxBytes: 8_000_000 };

export { branchActiveKey, branchPrefix } from './keys';

/** Said beside every export: the file holds people's names. */
export const personalDataNote = '备份文件和表格里有党员的姓名等个人信息，请只保存在工作用的电脑或U盘上，不要发到群里或公开的地方。';

/** The export note for a book: once a base is entered on /dues/, its backup holds members' incomes too. */
export const exportNote = (d: BranchDraft) =>
  (Object.values(d.dues?.members ?? {}).some((m) => m.history.length > 0) ? '备份文件含有党员的收入信息（党费基数）。' : '') + personalDataNote;

export function emptyBranch(id: string, org: Profile = { name: '', kind: '' }): BranchDraft {
  return { id, orgName: org.name, orgKind: org.kind, members: {}, records: {} };
}

export function branchTitle(d: BranchDraft): string {
  return d.label?.trim() || d.orgName.trim() || '未命名支部台账';
}

export const setMembers = (d: BranchDraft, members: Members): BranchDraft => ({ ...d, members });
export const setRecords = (d: BranchDraft, records: Records): BranchDraft => ({ ...d, records });

export const setOrg = (d: BranchDraft, org: Partial<Profile>): BranchDraft => ({
  ...d,
  ...(org.name !== undefined && { orgName: org.name.slice(0, branchLimits.orgName) }),
  ...(org.kind !== undefined && { orgKind: org.kind }),
});

const squash = (s: string) => s.replace(/\s+/g, '');

/** The book of the named organisation if there is one, else one of this kind, else the first (newest). */
export function pickBook(books: BranchDraft[], kind: string, orgName: string): BranchDraft | undefined {
  const name = squash(orgName);
  return books.find((b) => name && squash(b.orgName) === name) ?? books.find((b) => b.orgKind === kind) ?? books[0];
}
