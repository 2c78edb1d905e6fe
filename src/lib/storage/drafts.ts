// A set of drafts in localStorage, one envelope per draft under `<prefix><id>`, so one damaged
// record never takes the others with it. Listing moves unreadable records aside (never deletes
// them) and reports them; records written by a newer version of the site are left in place.
import { savedTime } from '../content/dates';
import { readEnvelope, type RecordSpec, type Revision } from './envelope';
import { save, setAside, type StorageLike, type WriteResult } from './safe-storage';

export interface Stored<T> extends Revision {
  data: T;
  savedAt: string;
  /** The exact string in storage: tells whether another tab has written since. */
  raw: string;
}

export interface Problem {
  /** Where the unreadable text is kept now. */
  key: string;
  message: string;
}

export interface DraftRepo<T> {
  key(id: string): string;
  list(): { drafts: Stored<T>[]; problems: Problem[] };
  read(id: string): Stored<T> | null;
  write(data: T, now?: Date, revision?: Revision): WriteResult & { raw?: string };
  remove(id: string): void;
}

const corruptMark = ':corrupt:';

export function newId(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

export function parseStored<T>(raw: string | null, spec: RecordSpec<T>) {
  const r = readEnvelope(raw, spec);
  if (!r.ok) return r;
  const { data, savedAt, rev, parent } = r.envelope;
  return { ok: true as const, stored: { data, savedAt, rev, parent, raw: raw! } };
}

export function draftRepo<T extends { id: string }>(storage: StorageLike | null, prefix: string, spec: RecordSpec<T>): DraftRepo<T> {
  const keys = () => {
    const out: string[] = [];
    if (!storage) return out;
    try {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(prefix)) out.push(k);
      }
    } catch {
      // Storage that cannot even be listed holds nothing we can show.
    }
    return out;
  };
  const getRaw = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const keptAside = (): Problem[] =>
    keys()
      .filter((k) => k.includes(corruptMark))
      .sort()
      .map((key) => ({ key, message: `这是 ${savedTime(key.slice(key.indexOf(corruptMark) + corruptMark.length))} 发现的损坏数据` }));

  return {
    key: (id) => prefix + id,
    list() {
      const drafts: Stored<T>[] = [];
      const problems: Problem[] = [];
      for (const key of keys().filter((k) => !k.includes(corruptMark))) {
        const r = parseStored(getRaw(key), spec);
        if (r.ok) drafts.push(r.stored);
        else if (r.reason === 'newer') problems.push({ key, message: r.message });
        else if (r.reason === 'corrupt') {
          const aside = storage && setAside(storage, key, r.raw);
          problems.push({ key: aside ?? key, message: r.message });
        }
      }
      drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      const fresh = new Set(problems.map((p) => p.key));
      return { drafts, problems: [...problems, ...keptAside().filter((p) => !fresh.has(p.key))] };
    },
    read(id) {
      const r = parseStored(getRaw(prefix + id), spec);
      return r.ok ? r.stored : null;
    },
    write(data, now = new Date(), revision) {
      const result = save(storage, prefix + data.id, data, spec, now, revision);
      return result.ok ? { ...result, raw: getRaw(prefix + data.id) ?? undefined } : result;
    },
    remove(id) {
      try {
        storage?.removeItem(prefix + id);
      } catch {
        // Nothing to undo: the record stays, which loses nothing.
      }
    },
  };
}
