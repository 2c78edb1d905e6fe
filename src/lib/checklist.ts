// The self-assessment checklist (附件2) as data: one draft per organisation and form.
// Answers are keyed by standard item id, never by position, so a later edition of the standards
// cannot attach an old answer to the wrong item.
import * as z from 'zod/mini';
import type { RecordSpec } from './envelope';

export const verdicts = ['达标', '未达标'] as const;
export type Verdict = (typeof verdicts)[number];

const verdict = z.optional(z.enum(verdicts));
export const answer = z.object({ self: verdict, superior: verdict, note: z.optional(z.string().check(z.maxLength(2000))) });
export type Answer = z.infer<typeof answer>;

export const checklistDraft = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  form: z.enum(['zongzhi', 'zhibu']),
  orgName: z.string().check(z.maxLength(100)),
  /** YYYY-MM-DD, or '' before it is chosen. */
  date: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  result: z.string().check(z.maxLength(2000)),
  answers: z.record(z.string(), answer),
});
export type ChecklistDraft = z.infer<typeof checklistDraft>;

export const checklistSpec: RecordSpec<ChecklistDraft> = { version: 1, schema: checklistDraft };

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
export function nextUnanswered(itemIds: string[], answers: ChecklistDraft['answers'], afterId?: string): string | null {
  const start = afterId ? itemIds.indexOf(afterId) + 1 : 0;
  const order = [...itemIds.slice(start), ...itemIds.slice(0, start)];
  return order.find((id) => !answers[id]?.self) ?? null;
}
