// The organisation department's summary (汇总): checklist backups from many branches gathered into
// one set, one entry per organisation and form. Importing is pure and all-or-nothing per file: a
// file is taken whole or refused with its reason, and nothing already imported is lost.
import * as v from 'valibot';
import { readBackup } from '../storage/backup';
import { checklistBackup, checklistDraft, type ChecklistDraft } from '../checklist/checklist';
import { savedDateTime } from '../content/dates';
import type { RecordSpec } from '../storage/envelope';

export const summaryEntry = v.object({
  /** From form and organisation name (see entryId): one record per organisation. */
  id: v.pipe(v.string(), v.minLength(1)),
  /** The file it came from, and when the branch saved it. */
  fileName: v.pipe(v.string(), v.maxLength(300)),
  savedAt: v.string(),
  draft: checklistDraft,
});
export type SummaryEntry = v.InferOutput<typeof summaryEntry>;

export const summarySpec: RecordSpec<SummaryEntry> = { version: 1, schema: summaryEntry };
export const summaryPrefix = 'handbook:summary:';

export const orgType = { zongzhi: '党总支', zhibu: '党支部' } as const;

/**
 * The organisation a form belongs to. Names typed with other spaces or full-width digits are the
 * same organisation. URI-encoded so it is a safe storage key that never contains ':corrupt:'.
 */
export function entryId(d: Pick<ChecklistDraft, 'form' | 'orgName'>): string {
  return encodeURIComponent(`${d.form}:${d.orgName.normalize('NFKC').replace(/\s+/g, '')}`);
}

export interface FileIn {
  name: string;
  /** null when the browser could not read it (a folder, a file moved away). */
  text: string | null;
  /** As the browser reports it: larger than a backup can be means it is not read at all. */
  size: number;
}

export type OutcomeKind = 'added' | 'replaced' | 'kept' | 'same' | 'refused';
export interface Outcome {
  file: string;
  kind: OutcomeKind;
  message: string;
}

/** Unreadable times sort oldest, so a readable save time always wins. */
const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};
const when = (iso: string) => savedDateTime(iso) || '时间不明';

/**
 * Takes a batch of files into the set, in order. The same organisation twice keeps the version
 * saved later. Returns the new set, what happened to each file, and the entries to store.
 */
export function importFiles(current: ReadonlyMap<string, SummaryEntry>, files: FileIn[]) {
  const entries = new Map(current);
  const changed = new Map<string, SummaryEntry>();
  const outcomes: Outcome[] = [];
  for (const f of files) {
    const say = (kind: OutcomeKind, message: string) => outcomes.push({ file: f.name, kind, message });
    if (f.text === null) {
      say('refused', '无法读取这个文件（可能是文件夹，或文件已被移走）。');
      continue;
    }
    const r = readBackup(f.text, f.size, checklistBackup);
    if (!r.ok) {
      say('refused', r.message);
      continue;
    }
    const org = r.data.orgName.trim();
    if (!org) {
      say('refused', `登记表没有填写${orgType[r.data.form]}名称，无法汇总。请该组织在自评页填写名称后重新导出备份。`);
      continue;
    }
    const entry: SummaryEntry = { id: entryId(r.data), fileName: f.name, savedAt: r.savedAt, draft: r.data };
    const old = entries.get(entry.id);
    if (old && time(old.savedAt) > time(entry.savedAt)) {
      say('kept', `「${org}」已有较新的登记表（保存于 ${when(old.savedAt)}，来自文件 ${old.fileName}）；这个文件是 ${when(entry.savedAt)} 保存的旧版本，没有导入。`);
    } else if (old && time(old.savedAt) === time(entry.savedAt)) {
      if (JSON.stringify(old.draft) === JSON.stringify(entry.draft)) say('same', `「${org}」的这份登记表已经导入过（来自文件 ${old.fileName}），没有重复导入。`);
      else say('kept', `「${org}」已有一份保存时间相同、内容不同的登记表（来自文件 ${old.fileName}），保留了先导入的那份。如要换成这个文件，请先在该组织的登记表页面“从汇总中移除”，再导入。`);
    } else {
      entries.set(entry.id, entry);
      changed.set(entry.id, entry);
      if (old) say('replaced', `「${org}」已有 ${when(old.savedAt)} 保存的登记表，已换成这个文件中较新的版本（保存于 ${when(entry.savedAt)}）。`);
      else say('added', `已导入「${org}」（${orgType[entry.draft.form]}，保存于 ${when(entry.savedAt)}）。`);
    }
  }
  return { entries, outcomes, changed: [...changed.values()] };
}

/** One line for a batch: 共 12 个文件：新增 9 份登记表，更新 1 份，2 个文件未导入（原因见下）。 */
export function importSummary(outcomes: Outcome[]): string {
  const n = (k: OutcomeKind) => outcomes.filter((o) => o.kind === k).length;
  const skipped = outcomes.length - n('added') - n('replaced');
  const parts = [`新增 ${n('added')} 份登记表`, n('replaced') > 0 && `更新 ${n('replaced')} 份`, skipped > 0 && `${skipped} 个文件未导入（原因见下）`];
  return `共 ${outcomes.length} 个文件：${parts.filter(Boolean).join('，')}。`;
}
