// A 登记表 file from another computer into this page, loaded only when a file is chosen. A file of
// an organisation this browser already has a draft for is combined with that draft part by part
// (the branch's 自评 and the 党总支's review each keep their newest); any other becomes a new draft.
import { wrongForm, type ChecklistDraft, type FormSpec } from '../../lib/checklist/checklist';
import { readChecklistFile } from '../../lib/checklist/file';
import { combine, orgKey } from '../../lib/checklist/parts';
import { maxBackupBytes } from '../../lib/storage/backup';
import { notBackupHint } from '../../lib/storage/backup-read';
import type { DraftSession } from '../../lib/storage/draft-session';
import type { Stored } from '../../lib/storage/drafts';

export type Taken =
  | { ok: false; message: string }
  | { ok: true; kind: 'new'; data: ChecklistDraft; notes: string[] }
  | { ok: true; kind: 'combined'; into: string; data: ChecklistDraft | null; message: string };

/** What the page says after an import, and the draft it offers to review (another organisation's). */
export interface Relay {
  text: string;
  offer?: { id: string; text: string };
}

/** Reads the file and takes it into the session; returns why not, or what to tell the user. */
export async function importInto(f: File, spec: FormSpec, ids: readonly string[], session: DraftSession<ChecklistDraft>, ownName: string): Promise<{ error: string } | Relay> {
  const t = await takeFile(f, spec, ids, session.$state.get().drafts);
  if (!t.ok) return { error: t.message };
  if (t.kind === 'combined') {
    session.switchTo(t.into);
    const merged = t.data;
    if (merged) session.edit(() => merged);
    return { text: t.message };
  }
  session.importDraft(t.data);
  const org = t.data.orgName.trim();
  const id = session.$state.get().current.id;
  const text = `这是「${org}」的登记表。如果由本组织验收，请点“开始验收”（打开验收模式）：填写“上级验收是否达标”和“验收结果”，对方的自评保持只读。`;
  return { text: t.notes.join(''), offer: org && org !== ownName.trim() ? { id, text } : undefined };
}

export async function takeFile(f: File, spec: FormSpec, ids: readonly string[], drafts: Stored<ChecklistDraft>[], now = new Date()): Promise<Taken> {
  let text = '';
  if (f.size <= maxBackupBytes) text = await f.text();
  const r = readChecklistFile(text, f.size, now, (form) => (form === spec.form ? ids : undefined));
  if (!r.ok) {
    return { ok: false, message: notBackupHint(f.name) || r.message };
  }
  const wrong = wrongForm(spec, r.data);
  if (wrong) return { ok: false, message: wrong };
  const notes = r.notes.join('');
  const mine = r.data.orgName.trim() && drafts.find((d) => orgKey(d.data) === orgKey(r.data));
  if (!mine) return { ok: true, kind: 'new', data: r.data, notes: r.notes };
  const c = combine({ data: mine.data, savedAt: mine.savedAt }, { data: r.data, savedAt: r.savedAt });
  const took = c.took.self || c.took.review;
  const named = `草稿“${mine.data.label || mine.data.orgName}”`;
  // Nothing newer in the file: say so plainly, not "合并".
  return { ok: true, kind: 'combined', into: mine.data.id, data: took ? c.data : null, message: `${took ? `已与${named}合并：` : `${named}：`}${c.message}${notes}` };
}
