// The 登记表 is filled in a relay by two organisations: the organisation's own 自评 (name, date,
// each item's self-assessment and note) and its reviewer's part (each item's 上级验收, 验收结果 and
// the reviewer's name). Each part has its own save time, so when two versions of one organisation's
// form meet, each part keeps its newest version: a branch's later self-only file never wipes the
// review its 党总支 did on an earlier one.
import { savedDateTime } from '../content/dates';

import { hasPart, timeField, type Answer, type ChecklistDraft, type Part } from './checklist';

export { hasPart, orgKey, touch, type Part } from './checklist';
/** One version of a form and the time its file or record was saved. */
export interface Version {
  data: ChecklistDraft;
  savedAt: string;
}

const fields: Record<Part, (keyof Answer)[]> = { self: ['self', 'note'], review: ['superior'] };

/** What a part holds, as comparable text (its save time left out). */
function content(d: ChecklistDraft, part: Part): string {
  const answers: Record<string, Partial<Answer>> = {};
  for (const id of Object.keys(d.answers).sort()) {
    const a: Partial<Answer> = {};
    for (const f of fields[part]) if (d.answers[id][f]) a[f] = d.answers[id][f] as never;
    if (Object.keys(a).length) answers[id] = a;
  }
  const head = part === 'self' ? [d.date] : [d.result, d.reviewer ?? ''];
  return JSON.stringify([head, answers]);
}

/**
 * When a part was last saved. Version-1 files have no part times: a part with content counts as
 * saved when the file was; an empty part without a time counts as never saved.
 */
export function partTime(v: Version, part: Part): number {
  const own = v.data[timeField[part]];
  const t = Date.parse(own ?? (hasPart(v.data, part) ? v.savedAt : ''));
  return Number.isNaN(t) ? -Infinity : t;
}

/** `into` with one part replaced by `from`'s. */
function withPart(into: ChecklistDraft, from: ChecklistDraft, part: Part): ChecklistDraft {
  const out: ChecklistDraft = part === 'self'
    ? { ...into, orgName: from.orgName, date: from.date, selfSavedAt: from.selfSavedAt }
    : { ...into, result: from.result, reviewer: from.reviewer, reviewSavedAt: from.reviewSavedAt };
  const answers: ChecklistDraft['answers'] = {};
  for (const id of new Set([...Object.keys(into.answers), ...Object.keys(from.answers)])) {
    const a: Answer = { ...into.answers[id] };
    for (const f of fields[part]) {
      if (from.answers[id]?.[f]) a[f] = from.answers[id][f] as never;
      else delete a[f];
    }
    if (a.self || a.superior || a.note) answers[id] = a;
  }
  return { ...out, answers };
}

/** A version with its part times written out (from the fallback), so later merges stay right. */
function explicit(v: Version): ChecklistDraft {
  const d = { ...v.data };
  for (const part of ['self', 'review'] as Part[]) {
    const t = partTime(v, part);
    if (!d[timeField[part]] && t > -Infinity) d[timeField[part]] = new Date(t).toISOString();
  }
  return d;
}

export interface Combined {
  data: ChecklistDraft;
  savedAt: string;
  /** Which parts came from the incoming version. */
  took: Record<Part, boolean>;
  /** Nothing differs: the incoming version was already here. */
  same: boolean;
  /** What was combined, in one Chinese sentence for the page. */
  message: string;
}

const when = (t: number) => (t > -Infinity && savedDateTime(new Date(t).toISOString())) || '时间不明';
const reviewWho = (d: ChecklistDraft) => d.reviewer?.trim() || '验收组织未注明';

/**
 * Two versions of one organisation's form: each part keeps the newer (a tie keeps `existing`'s).
 * The result keeps `existing`'s id and draft name.
 */
export function combine(existing: Version, incoming: Version): Combined {
  const took = {
    self: partTime(incoming, 'self') > partTime(existing, 'self'),
    review: partTime(incoming, 'review') > partTime(existing, 'review'),
  };
  let data = explicit(existing);
  const inc = explicit(incoming);
  if (took.self) data = withPart(data, inc, 'self');
  if (took.review) data = withPart(data, inc, 'review');
  const savedAt = Date.parse(incoming.savedAt) > Date.parse(existing.savedAt) ? incoming.savedAt : existing.savedAt;
  const sameSelf = content(existing.data, 'self') === content(incoming.data, 'self');
  const sameReview = content(existing.data, 'review') === content(incoming.data, 'review');
  const org = `「${data.orgName.trim() || '未命名'}」`;
  const selfAt = when(partTime({ data, savedAt }, 'self'));
  const reviewAt = partTime({ data, savedAt }, 'review');
  const review = hasPart(data, 'review') ? `上级验收和验收结果（${reviewWho(data)}，保存于 ${when(reviewAt)}）` : '';
  // A review older than the 自评 it sits beside was made on an earlier 自评: say so.
  const stale = review && reviewAt < partTime({ data, savedAt }, 'self') ? '注意：这份验收是在这次自评修改之前做的，请验收组织确认。' : '';
  let message: string;
  if (took.self && took.review) message = `${org}的自评（保存于 ${selfAt}）和${review || '上级验收'}都换成了这个文件中较新的版本。`;
  else if (took.self) message = `${org}采用了这个文件中较新的自评（保存于 ${selfAt}）；${review ? `保留了已有的${review}，这个文件里的验收较旧或没有验收` : '两份都还没有上级验收'}。${stale}`;
  else if (took.review) message = `${org}采用了这个文件中的${review}；${sameSelf ? '自评与已有的相同' : `保留了已有的较新自评（保存于 ${selfAt}）`}。${stale}`;
  else if (sameSelf && sameReview) message = `${org}的这份登记表已经有了，没有改动。`;
  else message = `${org}已有的自评（保存于 ${selfAt}）${review ? `和${review}` : ''}都不比这个文件中的旧，没有改动。`;
  return { data, savedAt, took, same: !took.self && !took.review && sameSelf && sameReview, message };
}
