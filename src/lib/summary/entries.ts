// The organisation department's summary (汇总): checklist backups from many branches gathered into
// one set, one entry per organisation and form (import.ts takes files in).
import * as v from 'valibot';
import { checklistDraft, orgKey, type ChecklistDraft } from '../checklist/checklist';
import type { RecordSpec } from '../storage/envelope';
import { wellFormedText } from '../storage/checks';

export const summaryEntry = v.object({
  /** From form and organisation name (see entryId): one record per organisation. */
  id: v.pipe(v.string(), v.minLength(1)),
  /** The file it came from (its 自评, when two were combined), and when the branch saved it. */
  fileName: wellFormedText(300),
  /** The file its 上级验收 came from, when that is another file. */
  reviewFileName: v.optional(wellFormedText(300)),
  savedAt: v.string(),
  draft: checklistDraft,
});
export type SummaryEntry = v.InferOutput<typeof summaryEntry>;

/** Version 2 holds version-2 drafts (part times), which version-1 drafts are as they stand. */
export const summarySpec: RecordSpec<SummaryEntry> = { version: 2, schema: summaryEntry, migrations: { 1: (e) => e } };
export const summaryPrefix = 'handbook:summary:';

export const orgType = { zongzhi: '党总支', zhibu: '党支部' } as const;

/** Where an entry came from: one file, or the 自评's and the 上级验收's when they differ. */
export const sourceFiles = (e: SummaryEntry) => (e.reviewFileName ? `${e.fileName}（自评）、${e.reviewFileName}（上级验收）` : e.fileName);

/**
 * The organisation a form belongs to. Names typed with other spaces or full-width digits are the
 * same organisation. URI-encoded so it is a safe storage key that never contains ':corrupt:'.
 */
export function entryId(d: Pick<ChecklistDraft, 'form' | 'orgName'>): string {
  // A lone surrogate made encodeURIComponent throw (URI malformed) and stopped a whole batch:
  // readers refuse such names, and this never throws whatever it is given.
  return encodeURIComponent(toWellFormed(orgKey(d)));
}

/** Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed, written out for older browsers). */
export function toWellFormed(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) out += s[i] + s[++i];
    else out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
  }
  return out;
}

