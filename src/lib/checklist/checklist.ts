// The self-assessment checklist (附件2) as data: one draft per organisation and form.
// Answers are keyed by standard item id, never by position, so a later edition of the standards
// cannot attach an old answer to the wrong item.
import * as v from 'valibot';
import type { RecordSpec } from '../storage/envelope';
import type { BackupKind } from '../storage/backup';
import { chineseDate } from '../content/dates';
import { isWellFormed, wellFormedText } from '../storage/checks';

export const verdicts = ['达标', '未达标'] as const;
export type Verdict = (typeof verdicts)[number];

const verdict = v.optional(v.picklist(verdicts));
const text = wellFormedText;
export const answer = v.object({ self: verdict, superior: verdict, note: v.optional(text(2000)) });
export type Answer = v.InferOutput<typeof answer>;

/** Item ids are short; answers beyond the form's items (older editions) are kept only up to a cap. */
export const maxKeyLength = 64;
export const maxAnswers = 200;
const itemKey = v.pipe(v.string(), v.maxLength(maxKeyLength), v.check(isWellFormed));
const time = v.pipe(v.string(), v.maxLength(40), v.check((s) => !Number.isNaN(Date.parse(s))));

export const checklistDraft = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  form: v.picklist(['zongzhi', 'zhibu']),
  /** The user's own name for the draft (初稿, 给物理系代填…); the org name is shown when empty. */
  label: v.optional(text(60)),
  orgName: text(100),
  /** YYYY-MM-DD, or '' before it is chosen. */
  date: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  result: text(2000),
  answers: v.pipe(v.record(itemKey, answer), v.check((a) => Object.keys(a).length <= maxAnswers)),
  // Version 2: the form is two parts filled by two organisations, each with its own save time.
  // 自评 (orgName, date, each item's self and note) is the organisation's own; its author is orgName.
  // The review (each item's superior, result) is the reviewer's, named in `reviewer`.
  selfSavedAt: v.optional(time),
  reviewSavedAt: v.optional(time),
  reviewer: v.optional(text(100)),
});
export type ChecklistDraft = v.InferOutput<typeof checklistDraft>;

/** The form's two parts: the organisation's own 自评, and its reviewer's 上级验收 (see parts.ts). */
export type Part = 'self' | 'review';
export const timeField = { self: 'selfSavedAt', review: 'reviewSavedAt' } as const;

/** The draft after an edit of one part: that part's save time moves to now. */
export function hasPart(d: ChecklistDraft, part: Part): boolean {
  const any = (f: keyof Answer) => Object.values(d.answers).some((a) => !!a[f]);
  return part === 'self' ? !!d.date || any('self') || any('note') : !!d.result || !!d.reviewer || any('superior');
}

/** What the form's files are called: a reviewed one says so, so it is told apart from the branch's own. */
export const fileLabel = (spec: FormSpec, d: ChecklistDraft) => `${spec.org}自评登记表${hasPart(d, 'review') ? '（已验收）' : ''}`;

export function touch(d: ChecklistDraft, part: Part, now = new Date()): ChecklistDraft {
  return { ...d, [timeField[part]]: now.toISOString() };
}

/** Who a form belongs to: names typed with other spaces or full-width digits are the same organisation. */
export const orgKey = (d: Pick<ChecklistDraft, 'form' | 'orgName'>) => `${d.form}:${d.orgName.normalize('NFKC').replace(/\s+/g, '')}`;

/** Version 1 had no part times: readers fall back to the file's save time (see parts.ts). */
export const checklistSpec: RecordSpec<ChecklistDraft> = { version: 2, schema: checklistDraft, migrations: { 1: (d) => d } };

export const checklistBackup: BackupKind<ChecklistDraft> = { kind: 'checklist', label: '自评登记表', spec: checklistSpec };

/** What the page needs of a form (the YAML minus search keywords). */
export interface FormSpec {
  form: ChecklistDraft['form'];
  /** （一） or （二）: the form's place in 附件2. */
  ordinal: string;
  org: string;
  title: string;
  nameLabel: string;
  dateLabel: string;
  resultLabel: string;
  categories: { id: string; name: string; items: { id: string; name: string; text: string }[] }[];
}

export const itemIds = (f: FormSpec) => f.categories.flatMap((c) => c.items.map((i) => i.id));

export function draftTitle(d: ChecklistDraft): string {
  return d.label?.trim() || d.orgName.trim() || '未命名草稿';
}

/** The date as the paper form writes it; blanks to fill by hand when not chosen. */
export function formDate(date: string): string {
  return date ? chineseDate(date) : '　　年　　月　　日';
}

/** The lines under the paper form's table, where the 党总支 secretary signs and stamps. */
export const signatureLines = ['党总支书记（签字）：　　　　　　　　（盖章）', '　　　　年　　月　　日'] as const;

/** One item's row of the filled form. */
export interface FormRow {
  category: string;
  name: string;
  text: string;
  self: string;
  superior: string;
  note: string;
}

/** The filled form as plain text in the paper form's order: what the Word file writes. */
export interface FormTable {
  /** 附件2（二） */
  mark: string;
  title: string;
  nameLabel: string;
  orgName: string;
  dateLabel: string;
  /** As the paper form writes it: 2022年5月6日, or blanks to fill by hand. */
  date: string;
  rows: FormRow[];
  resultLabel: string;
  result: string;
  signature: readonly string[];
}

export function formTable(f: FormSpec, d: ChecklistDraft): FormTable {
  const rows = f.categories.flatMap((c) =>
    c.items.map((i) => {
      const a = d.answers[i.id] ?? {};
      return { category: c.name, name: i.name, text: i.text, self: a.self ?? '', superior: a.superior ?? '', note: a.note ?? '' };
    }),
  );
  return {
    mark: `附件2${f.ordinal}`, title: f.title, nameLabel: f.nameLabel, orgName: d.orgName, dateLabel: f.dateLabel, date: formDate(d.date),
    rows, resultLabel: f.resultLabel, result: d.result, signature: signatureLines,
  };
}

/** The filled form as spreadsheet rows, in the paper form's order. */
export function checklistRows(f: FormSpec, d: ChecklistDraft): string[][] {
  const rows = [[f.title], [f.nameLabel, d.orgName], [f.dateLabel, d.date], [], ['项目', '标准条目', '具体标准', '自评是否达标', '上级验收是否达标', '说明']];
  for (const r of formTable(f, d).rows) rows.push([r.category, r.name, r.text, r.self, r.superior, r.note]);
  rows.push([], [f.resultLabel, d.result]);
  return rows;
}

export function emptyDraft(form: ChecklistDraft['form'], id: string): ChecklistDraft {
  return { id, form, orgName: '', date: '', result: '', answers: {} };
}

export interface Progress {
  total: number;
  selfAnswered: number;
  selfMet: number;
  selfUnmet: number;
  superiorAnswered: number;
}

/** Counts over the form's current items only; answers to items no longer on the form don't count. */
export function progress(itemIds: string[], answers: ChecklistDraft['answers']): Progress {
  const p: Progress = { total: itemIds.length, selfAnswered: 0, selfMet: 0, selfUnmet: 0, superiorAnswered: 0 };
  for (const id of itemIds) {
    const a = answers[id];
    if (a?.self) p.selfAnswered++;
    if (a?.self === '达标') p.selfMet++;
    if (a?.self === '未达标') p.selfUnmet++;
    if (a?.superior) p.superiorAnswered++;
  }
  return p;
}

/** Answers kept for items the current edition of the form no longer has. */
export function orphanedAnswers(itemIds: string[], answers: ChecklistDraft['answers']): string[] {
  const current = new Set(itemIds);
  return Object.keys(answers).filter((id) => !current.has(id) && hasContent(answers[id]));
}

function hasContent(a: Answer | undefined): boolean {
  return !!(a?.self || a?.superior || a?.note?.trim());
}

/** The first item (in form order) without a self-assessment, after `afterId` if given, wrapping. */
export function nextUnanswered(itemIds: string[], answers: ChecklistDraft['answers'], afterId?: string, part: 'self' | 'superior' = 'self'): string | null {
  const start = afterId ? itemIds.indexOf(afterId) + 1 : 0;
  const order = [...itemIds.slice(start), ...itemIds.slice(0, start)];
  return order.find((id) => !answers[id]?.[part]) ?? null;
}

/** The draft with one item's answer changed; an answer left empty is dropped, not kept blank. */
export function setAnswer(d: ChecklistDraft, itemId: string, change: Partial<Answer>): ChecklistDraft {
  const next: Answer = { ...d.answers[itemId], ...change };
  for (const k of ['self', 'superior', 'note'] as const) if (!next[k]) delete next[k];
  const answers = { ...d.answers };
  if (hasContent(next)) answers[itemId] = next;
  else delete answers[itemId];
  return { ...d, answers };
}

export type Filter = 'all' | 'unanswered' | 'unmet';

/** Items a filter shows, taken when the filter is chosen so answering one does not hide it. */
export function filterItems(ids: string[], answers: ChecklistDraft['answers'], filter: Filter): Set<string> {
  if (filter === 'unanswered') return new Set(ids.filter((id) => !answers[id]?.self));
  if (filter === 'unmet') return new Set(ids.filter((id) => answers[id]?.self === '未达标' || answers[id]?.superior === '未达标'));
  return new Set(ids);
}

/** A backup of the other organisation type's form cannot be imported here. */
export function wrongForm(f: FormSpec, d: ChecklistDraft): string | null {
  const org = { zongzhi: '党总支', zhibu: '党支部' }[d.form];
  return d.form === f.form ? null : `这是${org}登记表的备份文件，请到${org}登记表页面导入。`;
}
