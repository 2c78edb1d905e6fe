// Files into the summary, loaded only when files are dropped. Pure and per file: a file is refused
// with its reason, or combined with what is there part by part (checklist/parts.ts), so nothing
// already imported is lost: a branch's newer self-only file keeps its 党总支's review.
import { readChecklistFile } from '../checklist/file';
import { notBackupHint } from '../storage/backup-read';
import { combine, hasPart } from '../checklist/parts';
import { savedDateTime } from '../content/dates';
import { entryId, orgType, type SummaryEntry } from './entries';

export interface FileIn {
  name: string;
  /** null when the browser could not read it (a folder, a file moved away). */
  text: string | null;
  /** As the browser reports it: larger than a backup can be means it is not read at all. */
  size: number;
}

export type OutcomeKind = 'added' | 'combined' | 'kept' | 'same' | 'refused';
export interface Outcome {
  file: string;
  kind: OutcomeKind;
  message: string;
}

const when = (iso: string) => savedDateTime(iso) || '时间不明';

/**
 * Takes a batch of files into the set, in order. The same organisation twice is combined part by
 * part, each part keeping its newest version. Returns the new set, what happened to each file, and
 * the entries to store. `itemIds` gives each form's current item ids (unknown answers are capped).
 */
export function importFiles(current: ReadonlyMap<string, SummaryEntry>, files: FileIn[], now = new Date(), itemIds?: (form: string) => readonly string[] | undefined) {
  const entries = new Map(current);
  const changed = new Map<string, SummaryEntry>();
  const outcomes: Outcome[] = [];
  for (const f of files) {
    const say = (kind: OutcomeKind, message: string) => outcomes.push({ file: f.name, kind, message });
    if (f.text === null) {
      say('refused', '无法读取这个文件（可能是文件夹，或文件已被移走）。');
      continue;
    }
    const r = readChecklistFile(f.text, f.size, now, itemIds);
    if (!r.ok) {
      say('refused', notBackupHint(f.name) || r.message);
      continue;
    }
    const org = r.data.orgName.trim();
    if (!org) {
      say('refused', `登记表没有填写${orgType[r.data.form]}名称，无法汇总。请该组织在自评页填写名称后重新导出备份。`);
      continue;
    }
    const id = entryId(r.data);
    const old = entries.get(id);
    const notes = r.notes.length ? r.notes.join('') : '';
    let entry: SummaryEntry = { id, fileName: f.name, savedAt: r.savedAt, draft: r.data };
    if (old) {
      const c = combine({ data: old.draft, savedAt: old.savedAt }, { data: r.data, savedAt: r.savedAt });
      if (!c.took.self && !c.took.review) {
        say(c.same ? 'same' : 'kept', c.message + notes);
        continue;
      }
      // Each part is credited to the file it came from.
      const selfFile = c.took.self ? f.name : old.fileName;
      const reviewFile = c.took.review ? f.name : (old.reviewFileName ?? old.fileName);
      entry = { id, fileName: selfFile, ...(hasPart(c.data, 'review') && reviewFile !== selfFile && { reviewFileName: reviewFile }), savedAt: c.savedAt, draft: c.data };
      say('combined', c.message + notes);
    } else say('added', `已导入「${org}」（${orgType[r.data.form]}，保存于 ${when(r.savedAt)}）。${notes}`);
    entries.set(id, entry);
    changed.set(id, entry);
  }
  return { entries, outcomes, changed: [...changed.values()] };
}

/** One line for a batch: 共 12 个文件：新增 9 份登记表，合并 1 份，2 个文件未导入（原因见下）。 */
export function importSummary(outcomes: Outcome[]): string {
  const n = (k: OutcomeKind) => outcomes.filter((o) => o.kind === k).length;
  const parts = [
    `新增 ${n('added')} 份登记表`,
    n('combined') > 0 && `合并 ${n('combined')} 份（见下）`,
    n('same') + n('kept') > 0 && `${n('same') + n('kept')} 个文件没有带来新内容`,
    n('refused') > 0 && `${n('refused')} 个文件未导入（原因见下）`,
  ];
  return `共 ${outcomes.length} 个文件：${parts.filter(Boolean).join('，')}。`;
}
