// One record of organisational life (组织生活纪实): what was held, when, where, who came, what it was
// about. Attendees and absentees point at members by id. Photos are never stored: only captions.
import * as v from 'valibot';
import { newId } from '../storage/drafts';
import { optionalDate, wellFormedText } from '../storage/checks';
import { memberId } from './members';
import { recordTypes } from './types';

export { recordTypes, type RecordType } from './types';

export const recordLimits = { place: 100, person: 40, theme: 200, content: 5000, reason: 100, caption: 200, photos: 30, records: 10000, hours: 100 } as const;

export const absence = v.object({ id: memberId, reason: wellFormedText(recordLimits.reason) });

export const orgRecord = v.object({
  id: memberId,
  type: v.picklist(recordTypes),
  /** YYYY-MM-DD; '' while not filled in (such records count for nothing). */
  date: optionalDate,
  place: wellFormedText(recordLimits.place),
  /** 主持人 and 记录人 as written (usually a member's name). */
  host: wellFormedText(recordLimits.person),
  recorder: wellFormedText(recordLimits.person),
  /** 主讲人 of a 党课 (optional for other types). */
  speaker: v.optional(wellFormedText(recordLimits.person)),
  attendees: v.pipe(v.array(memberId), v.maxLength(1000)),
  absent: v.pipe(v.array(absence), v.maxLength(1000)),
  theme: wellFormedText(recordLimits.theme),
  content: wellFormedText(recordLimits.content),
  /** 学时 each attendee earns. */
  hours: v.pipe(v.number(), v.minValue(0), v.maxValue(recordLimits.hours)),
  photos: v.pipe(v.array(wellFormedText(recordLimits.caption)), v.maxLength(recordLimits.photos)),
});
export type OrgRecord = v.InferOutput<typeof orgRecord>;

export const recordMap = v.pipe(
  v.record(memberId, orgRecord),
  v.check((r) => Object.entries(r).every(([k, x]) => k === x.id), '记录编号与内容不一致'),
  v.check((r) => Object.keys(r).length <= recordLimits.records, `记录超过 ${recordLimits.records} 条`),
);
export type Records = v.InferOutput<typeof recordMap>;

export function newRecord(patch: Partial<OrgRecord> = {}, id = newId()): OrgRecord {
  return { id, type: recordTypes[0], date: '', place: '', host: '', recorder: '', attendees: [], absent: [], theme: '', content: '', hours: 0, photos: [], ...patch };
}

/** Records sorted by date (undated last), then type order. */
export function recordList(records: Records): OrgRecord[] {
  const key = (r: OrgRecord) => r.date || '9999';
  return Object.values(records).sort((a, b) => key(a).localeCompare(key(b)) || recordTypes.indexOf(a.type) - recordTypes.indexOf(b.type));
}

/** Dated records of one calendar year. */
export function recordsOfYear(records: Records, year: number): OrgRecord[] {
  const y = String(year);
  return recordList(records).filter((r) => r.date.slice(0, 4) === y);
}

/** Years that have dated records, newest first. */
export function recordYears(records: Records): number[] {
  return [...new Set(Object.values(records).filter((r) => r.date).map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => b - a);
}

/** What is missing before a record can count: Chinese messages, empty when complete. */
export function recordProblems(r: OrgRecord): string[] {
  const out: string[] = [];
  if (!r.date) out.push('请填写日期');
  if (!r.theme.trim()) out.push('请填写主题');
  if (!Number.isFinite(r.hours) || r.hours < 0) out.push('学时不能为负数');
  return out;
}

/** 应到 = attended + absent (each person once). */
export function expected(r: OrgRecord): number {
  return new Set([...r.attendees, ...r.absent.map((a) => a.id)]).size;
}
