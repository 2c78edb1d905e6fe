// Keeps the imported set in this browser with the drafts' guarantees: one record per organisation
// (`handbook:summary:<id>`), so one damaged record never takes the others; unreadable records are
// set aside and reported, never overwritten; failed writes are reported and the set stays on the page.
import { draftRepo, type Problem } from '../storage/drafts';
import type { StorageLike } from '../storage/safe-storage';
import { entryId, summaryPrefix, summarySpec, type SummaryEntry } from './entries';

export interface SaveReport {
  /** Ids that could not be written; they stay in memory only. */
  failed: string[];
  /** Why, in plain Chinese (the first failure's reason). */
  message: string | null;
}

export function summaryStore(storage: StorageLike | null) {
  const repo = draftRepo(storage, summaryPrefix, summarySpec);
  return {
    load(): { entries: Map<string, SummaryEntry>; problems: Problem[] } {
      const { drafts, problems } = repo.list();
      // Keyed by what the record holds, so a record under an unexpected key still counts once.
      return { entries: new Map(drafts.map((s) => [entryId(s.data.draft), s.data])), problems };
    },
    save(entries: SummaryEntry[], now = new Date()): SaveReport {
      const report: SaveReport = { failed: [], message: null };
      for (const e of entries) {
        const r = repo.write(e, now);
        if (!r.ok) {
          report.failed.push(e.id);
          report.message ??= r.message;
        }
      }
      return report;
    },
    remove: (id: string) => repo.remove(id),
    /** Removes every readable record; records set aside or from a newer version stay. */
    clear(): void {
      for (const s of repo.list().drafts) repo.remove(s.data.id);
    },
    problems: () => repo.list().problems,
    /** Removes readable records saved before `cutoff` (an earlier round's forms); returns their ids. */
    clearBefore(cutoff: Date): string[] {
      const old = repo.list().drafts.filter((s) => Date.parse(s.data.savedAt) < cutoff.getTime()).map((s) => s.data.id);
      for (const id of old) repo.remove(id);
      return old;
    },
    /** Bytes the summary's records take in localStorage (UTF-16: two bytes a character), set-aside ones included. */
    usage(): number {
      let n = 0;
      try {
        for (let i = 0; i < (storage?.length ?? 0); i++) {
          const k = storage!.key(i);
          if (k?.startsWith(summaryPrefix)) n += (k.length + (storage!.getItem(k)?.length ?? 0)) * 2;
        }
      } catch {
        // Storage that cannot be read uses nothing we can report.
      }
      return n;
    },
  };
}
export type SummaryStore = ReturnType<typeof summaryStore>;

/**
 * What the page shows after another tab changed storage: what is stored, plus entries this page
 * could not store (they exist nowhere else), unless storage now holds a newer save of them.
 */
export function withUnsaved(stored: Map<string, SummaryEntry>, memory: Map<string, SummaryEntry>, unsaved: Set<string>): Map<string, SummaryEntry> {
  const out = new Map(stored);
  for (const id of unsaved) {
    const mine = memory.get(id);
    const theirs = stored.get(id);
    if (mine && (!theirs || Date.parse(theirs.savedAt) < Date.parse(mine.savedAt))) out.set(id, mine);
  }
  return out;
}
