// A set of drafts in localStorage, one envelope per draft under `<prefix><id>`, so one damaged
// record never takes the others with it. Listing moves unreadable records aside (never deletes
// them) and reports them; records written by a newer version of the site stay in place until a
// write would replace them. No write replaces a record it cannot read without first setting it
// aside; when that fails (storage full), the write is refused.
import { savedTime } from '../content/dates';
import { readEnvelope, type ReadResult, type RecordSpec, type Revision } from './envelope';
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
  /** Written by a newer version of the site: not damaged, only unreadable here. */
  newer?: boolean;
}

export type RepoWrite = WriteResult & {
  /** The text now stored, when saved. */
  raw?: string;
  /** Where an unreadable record that was in the way has been set aside. */
  aside?: string;
};

export interface DraftRepo<T> {
  key(id: string): string;
  list(): { drafts: Stored<T>[]; problems: Problem[] };
  read(id: string): Stored<T> | null;
  /** `known`: the text this tab last saved under the key, already known to be readable. */
  write(data: T, now?: Date, revision?: Revision, known?: string | null): RepoWrite;
  remove(id: string): void;
}

const corruptMark = ':corrupt:';

export function newId(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

export function parseStored<T>(raw: string | null, spec: RecordSpec<T>) {
  const r = readEnvelope(raw, spec);
  if (!r.ok) return r;
  const { data, savedAt, rev, parent, clash } = r.envelope;
  return { ok: true as const, stored: { data, savedAt, rev, parent, clash, raw: raw! } };
}

export function readRaw(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** How an unreadable record under `key` is reported; `asideAt` is when it was set aside, if it was. */
function problem(key: string, r: ReadResult<unknown>, asideAt?: string): Problem {
  const when = asideAt ? `（${savedTime(asideAt)}另存）` : '';
  return { key, message: (r.ok ? '另存的数据' : (r as { message: string }).message) + when, ...(!r.ok && r.reason === 'newer' && { newer: true }) };
}

/**
 * Reports the record under `key` if it cannot be read, first setting a damaged one aside (a newer
 * version's record stays where that version looks for it). Null when it reads or is missing.
 */
function unreadable(storage: StorageLike | null, key: string, r: ReadResult<unknown>): Problem | null {
  if (r.ok || r.reason === 'missing') return null;
  if (r.reason === 'corrupt' && storage) {
    const kept = setAside(storage, key, r.raw);
    if ('key' in kept) return { key: kept.key, message: r.message };
  }
  return problem(key, r);
}

/** Records set aside for `keys`, labelled by what they hold (damaged or from a newer version). */
function keptAside(storage: StorageLike | null, keys: string[], spec: RecordSpec<unknown>): Problem[] {
  return keys
    .filter((k) => k.includes(corruptMark))
    .sort()
    .map((k) => problem(k, readEnvelope(readRaw(storage, k), spec), k.slice(k.lastIndexOf(corruptMark) + corruptMark.length)));
}

/** A prefix, or one record's key (e.g. the profile's): it and what was set aside from it are listed. */
export function draftRepo<T extends { id: string }>(storage: StorageLike | null, prefix: string, spec: RecordSpec<T>): DraftRepo<T> {
  const keys = () => {
    const out: string[] = [];
    try {
      for (let i = 0; i < storage!.length; i++) {
        const k = storage!.key(i);
        if (k?.startsWith(prefix)) out.push(k);
      }
    } catch {
      // No storage, or storage that cannot even be listed: it holds nothing we can show.
    }
    return out;
  };

  return {
    key: (id) => prefix + id,
    list() {
      const drafts: Stored<T>[] = [];
      const problems: Problem[] = [];
      const all = keys();
      for (const key of all.filter((k) => !k.includes(corruptMark))) {
        const r = parseStored(readRaw(storage, key), spec);
        if (r.ok) drafts.push(r.stored);
        else {
          const p = unreadable(storage, key, r);
          if (p) problems.push(p);
        }
      }
      drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      const fresh = new Set(problems.map((p) => p.key));
      return { drafts, problems: [...problems, ...keptAside(storage, all, spec).filter((p) => !fresh.has(p.key))] };
    },
    read(id) {
      const r = parseStored(readRaw(storage, prefix + id), spec);
      return r.ok ? r.stored : null;
    },
    write(data, now = new Date(), revision, known) {
      const key = prefix + data.id;
      const old = readRaw(storage, key);
      let aside: string | undefined;
      const r = old === null || old === known ? null : readEnvelope(old, spec);
      if (storage && r && !r.ok && r.reason !== 'missing') {
        const kept = setAside(storage, key, r.raw, now);
        if ('message' in kept) return { ok: false, message: `${kept.message}，无法先另存本页无法读取的原有数据，为了不覆盖它，没有保存` };
        aside = kept.key;
      }
      const result = save(storage, key, data, spec, now, revision);
      return result.ok ? { ...result, raw: readRaw(storage, key) ?? undefined, aside } : { ...result, aside };
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
