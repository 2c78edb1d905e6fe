// Reading a 登记表 backup that came from someone else's computer, for the form pages and the summary.
// On top of the backup checks (readBackup): every text must be well-formed Unicode, save times must
// be real and not in the future, and answers to items the form does not have are reported and kept
// only up to a small cap. Never throws: any input gives a result or a Chinese message.
import { maxBackupBytes } from '../storage/backup';
import { readBackup } from '../storage/backup-read';
import { isWellFormed, savedAtProblem } from '../storage/checks';
import { checklistBackup, maxKeyLength, type ChecklistDraft } from './checklist';

/** Answers to items not on the current form (older editions) kept from one file. */
export const orphanCap = 20;

export type FileResult = { ok: true; data: ChecklistDraft; savedAt: string; notes: string[] } | { ok: false; message: string };

const fieldNames: Record<string, string> = { orgName: '组织名称', result: '验收结果', reviewer: '验收组织名称', note: '说明', label: '草稿名称' };
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Where the first text with a lone surrogate is (a field name users know), or null. Iterative: deep nesting cannot overflow. */
export function illFormedAt(json: unknown): string | null {
  const stack: [unknown, string][] = [[json, '']];
  while (stack.length) {
    const [x, key] = stack.pop()!;
    if (typeof x === 'string' && !isWellFormed(x)) return fieldNames[key] ?? key;
    if (typeof x !== 'object' || x === null) continue;
    for (const [k, val] of Object.entries(x)) {
      if (!isWellFormed(k)) return '条目编号';
      stack.push([val, k]);
    }
  }
  return null;
}

const short = (id: string) => (id.length > 30 ? `${id.slice(0, 30)}…` : id);

/**
 * Drops answers to unknown items beyond the cap (and keys no item id can be), in place.
 * Returns a note for the user, or null when every answer belongs to the form.
 */
function capOrphans(data: Record<string, unknown>, known: ReadonlySet<string>): string | null {
  if (!isObject(data.answers)) return null;
  const answers = data.answers;
  const orphans = Object.keys(answers).filter((id) => !known.has(id));
  if (!orphans.length) return null;
  const kept = orphans.filter((id) => id.length <= maxKeyLength).slice(0, orphanCap);
  for (const id of orphans) if (!kept.includes(id)) delete answers[id];
  const dropped = orphans.length - kept.length;
  const shown = orphans.slice(0, 3).map(short).join('、');
  return `文件中有 ${orphans.length} 条答案不属于当前版本的登记表（编号 ${shown}${orphans.length > 3 ? ' 等' : ''}），不计入统计` +
    (dropped ? `；只保留了其中 ${kept.length} 条，其余 ${dropped} 条没有导入。` : '，仍随登记表保留。');
}

/**
 * Reads one backup file. `itemIds` gives the current form's item ids by form ('zhibu'/'zongzhi');
 * without it unknown answers are not checked.
 */
export function readChecklistFile(text: string, sizeBytes: number, now: Date, itemIds?: (form: string) => readonly string[] | undefined): FileResult {
  const fail = (message: string) => ({ ok: false as const, message });
  const notes: string[] = [];
  let json: unknown;
  try {
    json = sizeBytes > maxBackupBytes ? undefined : JSON.parse(text);
  } catch {
    // readBackup below says why in its own words.
  }
  if (json !== undefined) {
    const where = illFormedAt(json);
    if (where !== null) return fail(`文件中“${short(where)}”的文字含有无法识别的字符（不完整的 Unicode 代理项），文件可能已损坏，没有导入。请对方重新导出备份。`);
    const data = isObject(json) ? json.data : undefined;
    const ids = isObject(data) && typeof data.form === 'string' ? itemIds?.(data.form) : undefined;
    if (isObject(data) && ids) {
      const note = capOrphans(data, new Set(ids));
      if (note) notes.push(note);
    }
  }
  const r = readBackup(json === undefined ? text : JSON.stringify(json), sizeBytes, checklistBackup);
  if (!r.ok) return r;
  for (const t of [r.savedAt, r.data.selfSavedAt, r.data.reviewSavedAt]) {
    const problem = t === undefined ? null : savedAtProblem(t, now);
    if (problem) return fail(`${problem}，没有导入。请对方检查电脑的日期和时间后重新导出备份。`);
  }
  return { ok: true, data: r.data, savedAt: r.savedAt, notes };
}
