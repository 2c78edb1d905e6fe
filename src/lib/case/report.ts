// The typical-case report (附件1) as a draft: its shape, small pure updates, and the document it
// becomes. The preview, print and Word export all render `caseBlocks`, so they cannot disagree.
import * as v from 'valibot';
import type { BackupKind } from '../storage/backup';
import type { RecordSpec } from '../storage/envelope';
import { uniqueIds, wellFormedText as text } from '../storage/checks';
import type { Profile } from '../storage/profile';

/** Ids are made by `newId` (letters and digits); they key list items and the page's element ids. */
const id = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, '编号无效'));

export const practice = v.object({ id, heading: text(200), text: text(20_000) });
export type Practice = v.InferOutput<typeof practice>;

/** A JPEG's sides are 16-bit numbers. */
const side = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65_535, '照片尺寸无效'));

/** The longest file name the photo list keeps (most file systems allow 255). */
export const maxPhotoName = 255;

/** What is kept of a photo: the file itself never leaves memory (it is sent separately, as the original). */
export const photo = v.object({
  id,
  name: text(maxPhotoName),
  width: side,
  height: side,
  caption: text(200),
});
export type Photo = v.InferOutput<typeof photo>;

export const caseDraft = v.object({
  id,
  /** The user's own name for the draft; the case name is shown when empty. */
  label: v.optional(text(60)),
  title: text(200),
  zongzhi: text(100),
  zhibu: text(100),
  intro: text(20_000),
  practices: v.pipe(v.array(practice), v.maxLength(50), uniqueIds('主要做法')),
  results: text(20_000),
  lessons: text(20_000),
  photos: v.pipe(v.array(photo), v.maxLength(50), uniqueIds('照片')),
});
export type CaseDraft = v.InferOutput<typeof caseDraft>;

export const caseSpec: RecordSpec<CaseDraft> = { version: 1, schema: caseDraft };
export const caseBackup: BackupKind<CaseDraft> = { kind: 'case', label: '案例文本', spec: caseSpec };

export function caseTitle(d: CaseDraft): string {
  return d.label?.trim() || d.title.trim() || '未命名案例';
}

/** The draft's plain text fields, in the template's order. */
export type TextField = 'title' | 'zongzhi' | 'zhibu' | 'intro' | 'results' | 'lessons';

export function emptyCase(draftId: string, firstPracticeId: string): CaseDraft {
  return {
    id: draftId, title: '', zongzhi: '', zhibu: '', intro: '',
    practices: [{ id: firstPracticeId, heading: '', text: '' }],
    results: '', lessons: '', photos: [],
  };
}

/** A new case starts with the organisation this browser remembers, in the field of its kind. */
export function withOrganisation(d: CaseDraft, own: Profile): CaseDraft {
  if (own.kind === '党支部') return { ...d, zhibu: own.name };
  if (own.kind === '党总支') return { ...d, zongzhi: own.name };
  return d;
}

export const setField = (d: CaseDraft, field: TextField, value: string): CaseDraft => ({ ...d, [field]: value });

export const addPractice = (d: CaseDraft, practiceId: string): CaseDraft => ({
  ...d,
  practices: [...d.practices, { id: practiceId, heading: '', text: '' }],
});

export const removePractice = (d: CaseDraft, practiceId: string): CaseDraft => ({
  ...d,
  practices: d.practices.filter((p) => p.id !== practiceId),
});

export const updatePractice = (d: CaseDraft, practiceId: string, patch: Partial<Omit<Practice, 'id'>>): CaseDraft => ({
  ...d,
  practices: d.practices.map((p) => (p.id === practiceId ? { ...p, ...patch } : p)),
});

/** Puts a practice back where it was (undoing a removal). */
export function insertPractice(d: CaseDraft, p: Practice, index: number): CaseDraft {
  const practices = [...d.practices];
  practices.splice(Math.max(0, Math.min(index, practices.length)), 0, p);
  return { ...d, practices };
}

/** Moves a practice up (-1) or down (+1); at either end it stays where it is. */
export function movePractice(d: CaseDraft, practiceId: string, delta: -1 | 1): CaseDraft {
  const from = d.practices.findIndex((p) => p.id === practiceId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= d.practices.length) return d;
  const practices = [...d.practices];
  [practices[from], practices[to]] = [practices[to], practices[from]];
  return { ...d, practices };
}

export const addPhoto = (d: CaseDraft, p: Photo): CaseDraft => ({ ...d, photos: [...d.photos, p] });
export const removePhoto = (d: CaseDraft, photoId: string): CaseDraft => ({ ...d, photos: d.photos.filter((p) => p.id !== photoId) });
export const setCaption = (d: CaseDraft, photoId: string, caption: string): CaseDraft => ({
  ...d,
  photos: d.photos.map((p) => (p.id === photoId ? { ...p, caption } : p)),
});

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99, enough for any list of practices). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digits[ones];
  return `${tens === 1 ? '' : digits[tens]}十${digits[ones]}`;
}

/** A heading typed with its own number (（一）, (一), 一、) keeps only its words: numbering is automatic. */
export function stripOrdinal(heading: string): string {
  return heading.trim().replace(/^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．])\s*/, '');
}

/** "XX党总支XX党支部" from the two names, whether or not the user typed the suffixes. */
export function unitLine(zongzhi: string, zhibu: string): string {
  const z1 = zongzhi.trim();
  const z2 = zhibu.trim();
  const general = !z1 || /总支$/.test(z1) ? z1 : `${z1}党总支`;
  const branch = !z2 || /支部$/.test(z2) ? z2 : `${z2}党支部`;
  return general + branch;
}

/**
 * When 所在党支部 already starts with the 党总支's name (财经学院党总支会计教工党支部), the unit line
 * would say it twice: returns the branch name without it (会计教工党支部), else null.
 */
export function repeatedGeneral(zongzhi: string, zhibu: string): string | null {
  const z1 = zongzhi.trim();
  const z2 = zhibu.trim();
  if (!z1) return null;
  const general = /总支$/.test(z1) ? z1 : `${z1}党总支`;
  const rest = z2.startsWith(general) ? z2.slice(general.length).trim() : '';
  return rest || null;
}

/** Non-empty lines of a text field: each one is a paragraph. */
export const paragraphs = (s: string): string[] => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export type BlockKind = 'title' | 'unit' | 'h1' | 'h2' | 'body';
export interface Block {
  kind: BlockKind;
  text: string;
  /** One empty line follows (公文 practice: after the title block, before the text). */
  blankLineAfter?: true;
}

/** The four level-1 headings, from the template data. */
export type Headings = readonly [string, string, string, string];

/** Caption lines as printed: 图1　说明. The file name (IMG_2022….jpg on a phone) stays on screen only. */
export const captionLines = (photos: Photo[]): string[] =>
  photos.map((p, i) => `图${i + 1}　${p.caption.trim() || '（未填写说明）'}`);

/** The whole document, paragraph by paragraph, in the template's order. */
export function caseBlocks(d: CaseDraft, headings: Headings): Block[] {
  const body = (s: string): Block[] => paragraphs(s).map((t) => ({ kind: 'body', text: t }));
  const blocks: Block[] = [];
  if (d.title.trim()) blocks.push({ kind: 'title', text: d.title.trim() });
  const unit = unitLine(d.zongzhi, d.zhibu);
  if (unit) blocks.push({ kind: 'unit', text: unit });
  if (blocks.length) blocks[blocks.length - 1].blankLineAfter = true;
  blocks.push({ kind: 'h1', text: headings[0] }, ...body(d.intro));
  blocks.push({ kind: 'h1', text: headings[1] });
  d.practices.forEach((p, i) => {
    const words = stripOrdinal(p.heading);
    if (words || p.text.trim()) blocks.push({ kind: 'h2', text: `（${chineseNumber(i + 1)}）${words}` }, ...body(p.text));
  });
  blocks.push({ kind: 'h1', text: headings[2] }, ...body(d.results));
  blocks.push({ kind: 'h1', text: headings[3] }, ...body(d.lessons));
  if (d.photos.length) blocks.push({ kind: 'h1', text: '附：照片说明' }, ...captionLines(d.photos).map((t): Block => ({ kind: 'body', text: t })));
  return blocks;
}

/** Labels of the required fields still empty, for a reminder before printing or exporting. */
export function missingFields(d: CaseDraft): string[] {
  const missing: string[] = [];
  if (!d.title.trim()) missing.push('案例名称');
  if (!d.zongzhi.trim()) missing.push('所在党总支');
  if (!d.zhibu.trim()) missing.push('所在党支部');
  if (!paragraphs(d.intro).length) missing.push('案例简介');
  if (!d.practices.some((p) => stripOrdinal(p.heading) && p.text.trim())) missing.push('主要做法');
  if (!paragraphs(d.results).length) missing.push('工作成效');
  if (!paragraphs(d.lessons).length) missing.push('经验启示与探讨');
  d.photos.forEach((p, i) => !p.caption.trim() && missing.push(`图${i + 1}的说明`));
  return missing;
}

/** A file name from the case name: characters Windows and macOS refuse are dropped. */
export function docxFileName(title: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${base || '典型案例'}.docx`;
}
