// Generated checklist backups for the summary's tests and bench: plainly made-up organisations
// (测试党支部001 …) whose answers follow a rule, so every count is known without counting.
import { backupFileName, backupJson } from '../src/lib/storage/backup';
import { checklistBackup, emptyDraft, type ChecklistDraft, type FormSpec } from '../src/lib/checklist/checklist';
import { readYaml } from './content';

type Form = ChecklistDraft['form'];

/** A form as the page gets it (the YAML without search keywords). */
export function formSpec(form: Form): FormSpec {
  const y = readYaml(`standards/${form}.yaml`) as FormSpec;
  return { ...y, categories: y.categories.map((c) => ({ id: c.id, name: c.name, items: c.items.map(({ id, name, text }) => ({ id, name, text })) })) };
}

export const orgName = (form: Form, i: number) => `测试${form === 'zhibu' ? '党支部' : '党总支'}${String(i + 1).padStart(3, '0')}`;

/** How many items organisation i meets: 0, 1, … 20, 0, 1, … */
export const metBy = (i: number, items: number) => i % (items + 1);

/**
 * Organisation i meets the first metBy(i) items, has the next one 未达标 and leaves the rest blank.
 * The superior has assessed every third organisation (i % 3 === 0) the same way.
 */
export function patterned(form: Form, i: number): ChecklistDraft {
  const ids = formSpec(form).categories.flatMap((c) => c.items.map((item) => item.id));
  const k = metBy(i, ids.length);
  const d: ChecklistDraft = { ...emptyDraft(form, `gen${form}${i}`), orgName: orgName(form, i), date: '2026-11-20' };
  ids.forEach((id, j) => {
    const v = j < k ? '达标' : j === k ? '未达标' : undefined;
    if (v) d.answers[id] = i % 3 === 0 ? { self: v, superior: v } : { self: v };
  });
  return d;
}

export const savedAt = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute)).toISOString();

export interface GeneratedFile {
  name: string;
  text: string;
}

export function backupFile(d: ChecklistDraft, at: string): GeneratedFile {
  return { name: backupFileName(d.orgName, '自评登记表', at, 'json'), text: backupJson(checklistBackup, d, at) };
}

/** n organisations' backups of one form, saved a minute apart. */
export function batch(form: Form, n: number): GeneratedFile[] {
  return Array.from({ length: n }, (_, i) => backupFile(patterned(form, i), savedAt(i)));
}
