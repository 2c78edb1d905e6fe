// One page's working draft, kept safe: edits land in memory at once and reach storage a moment
// later (typing never waits on storage); another tab's save is merged field by field; a failed
// write keeps everything in memory and says so. The UI reads `$state` and calls the methods.
import { atom } from 'nanostores';
import * as v from 'valibot';
import { parseStored, newId, type DraftRepo, type Problem, type Stored } from './drafts';
import { clipText } from './checks';
import { profileProblems } from './profile';
import { changedPaths, rebase } from './rebase';
import type { StorageLike } from './safe-storage';
import type { RecordSpec } from './envelope';

export type SaveState = { kind: 'new' } | { kind: 'pending' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

export interface SessionState<T> {
  current: T;
  /** This page's drafts as last stored, newest first. */
  drafts: Stored<T>[];
  save: SaveState;
  problems: Problem[];
  /** Something the user must know that is not a save failure (shown as an alert). */
  alert: string | null;
  /** Polite news: imported, deleted, restored. A new message replaces both this and `alert`. */
  news: string | null;
  /** The last deleted draft, until undone or another is deleted. */
  deleted: T | null;
}

export interface SessionOptions<T extends { id: string; label?: string }> {
  repo: DraftRepo<T>;
  spec: RecordSpec<T>;
  storage: StorageLike | null;
  /** Which stored drafts belong on this page (e.g. this form). */
  mine: (d: T) => boolean;
  blank: (id: string) => T;
  title: (d: T) => string;
  /** Remembers the last draft open on this page. */
  activeKey: string;
  delayMs?: number;
}

export function draftSession<T extends { id: string; label?: string }>(o: SessionOptions<T>) {
  // The stored version our edits start from, as data, exact text and revision id.
  let base: T | null = null;
  let baseRaw: string | null = null;
  let baseRev: string | undefined;
  // Versions seen lately by revision, to find what a concurrent save started from.
  const seen = new Map<string, T>();
  // Revisions this tab wrote: a save built on one of them that overrode our text must tell us.
  const written = new Set<string>();
  // Our next save keeps our text in a field another tab also changed.
  let clash = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  // Every draft page fills new drafts from the remembered organisation: its problems are shown too.
  const listed = () => {
    const { drafts, problems } = o.repo.list();
    return { drafts: drafts.filter((d) => o.mine(d.data)), problems: [...problems, ...profileProblems(o.storage)] };
  };
  const first = listed();
  let remembered: string | null = null;
  try {
    remembered = o.storage?.getItem(o.activeKey) ?? null;
  } catch {}
  const start = first.drafts.find((d) => d.data.id === remembered) ?? first.drafts[0];
  const setBase = (stored: Stored<T> | null) => {
    base = stored?.data ?? null;
    baseRaw = stored?.raw ?? null;
    baseRev = stored?.rev;
    if (stored?.rev) seen.set(stored.rev, stored.data);
    if (seen.size > 50) seen.delete(seen.keys().next().value!);
  };
  setBase(start ?? null);

  const $state = atom<SessionState<T>>({
    current: start ? structuredClone(start.data) : o.blank(newId()),
    ...first,
    save: start ? { kind: 'saved', at: start.savedAt } : { kind: 'new' },
    alert: null,
    news: null,
    deleted: null,
  });
  const patch = (p: Partial<SessionState<T>>) => $state.set({ ...$state.get(), ...p });
  /** A new message replaces whatever was said before, so an old success never sits beside a failure. */
  const say = (p: { news: string } | { alert: string }) => patch({ news: null, alert: null, ...p });
  const refreshList = () => patch(listed());
  const remember = (id: string) => {
    try {
      o.storage?.setItem(o.activeKey, id);
    } catch {}
  };
  const open = (stored: Stored<T> | null, id: string) => {
    setBase(stored);
    dirty = false;
    remember(id);
  };

  /**
   * Our draft with another tab's save taken in. Normally that save was built on the version we
   * started from, and our unsaved edits go on top. If it was built on an older version (both tabs
   * saved at once, neither seeing the other), everything we did since that version goes on top,
   * and the result must be saved again.
   */
  function absorb(theirs: Stored<T>, current: T): T {
    const concurrent = theirs.parent !== undefined && theirs.parent !== baseRev ? seen.get(theirs.parent) : undefined;
    const from = concurrent ?? base;
    const merged = from ? rebase(from, current, theirs.data) : theirs.data;
    setBase(theirs);
    // Never store a shape no reader accepts: if the merge made one, this page's draft stands whole.
    if (!v.is(o.spec.schema, merged)) {
      dirty = true;
      say({ news: '另一个标签页同时修改了同一处内容，保留了本页的修改。' });
      return current;
    }
    const kept = changedPaths(theirs.data, merged);
    const theirEdits = new Set(from ? changedPaths(from, theirs.data).map((p) => p.join('.')) : []);
    if (kept.length > 0) dirty = true;
    // Both tabs changed the same field: ours stands, both tabs are told (the other by `clash`).
    if (kept.some((p) => theirEdits.has(p.join('.')))) {
      clash = true;
      say({ news: '另一个标签页同时修改了同一处内容，保留了本页的修改。' });
    } else if (theirs.clash && theirs.parent !== undefined && written.has(theirs.parent)) {
      say({ news: '另一个标签页同时修改了同一处内容，保留了那个标签页的修改。' });
    }
    return merged;
  }

  /** Writes now, merging first if another tab saved this draft since we last read it. */
  function flush(): void {
    clearTimeout(timer);
    if (!dirty) return;
    write();
  }

  /**
   * Another tab's readable save is merged first. An unreadable record (damaged, or from a newer
   * version) is set aside by the repo before being replaced, and if it cannot be, nothing is written.
   */
  function write(): void {
    let { current } = $state.get();
    const key = o.repo.key(current.id);
    let raw: string | null = null;
    try {
      raw = o.storage?.getItem(key) ?? null;
    } catch {}
    let known = baseRaw;
    if (raw !== null && raw !== baseRaw) {
      const theirs = parseStored(raw, o.spec);
      if (theirs.ok) {
        current = absorb(theirs.stored, current);
        known = raw;
      }
    }
    const rev = newId();
    const result = o.repo.write(current, new Date(), { rev, parent: baseRev, ...(clash && { clash }) }, known);
    if (!result.ok) {
      // What stays in storage, and where, is shown with the failure so it can be downloaded.
      patch({ current, save: { kind: 'failed', message: result.message }, news: null, ...listed() });
      return;
    }
    dirty = false;
    clash = false;
    written.add(rev);
    if (written.size > 50) written.delete(written.values().next().value!);
    const stored = { data: current, raw: result.raw ?? '', savedAt: result.savedAt, rev };
    setBase(stored);
    remember(current.id);
    // Saves come every few keystrokes: the list changes by this one draft, now the newest, so it is
    // updated in place; only a record just set aside needs a fresh listing to be reported.
    const others = $state.get().drafts.filter((d) => d.data.id !== current.id);
    patch({ current, save: { kind: 'saved', at: result.savedAt }, ...(result.aside ? listed() : { drafts: [stored, ...others] }) });
  }

  function edit(change: (d: T) => T): void {
    dirty = true;
    const s = $state.get();
    patch({ current: change(s.current), save: s.save.kind === 'failed' ? s.save : { kind: 'pending' } });
    schedule();
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(flush, o.delayMs ?? 150);
  }

  /** Saves the open draft before another replaces it; refuses while it cannot be saved. */
  function leave(): boolean {
    flush();
    if (dirty) say({ alert: '当前草稿的修改还没有保存成功，所以没有切换：请先“导出备份”保存到文件，或等浏览器恢复保存后再试。' });
    return !dirty;
  }

  /** Makes `data` the open draft and stores it at once. */
  function adopt(data: T, news: string | null): void {
    if (!leave()) return;
    open(null, data.id);
    dirty = true;
    patch({ current: data, news, alert: null });
    flush();
  }

  function switchTo(id: string): void {
    if (!leave()) return patch({});
    const stored = o.repo.read(id);
    if (!stored) return refreshList();
    open(stored, id);
    patch({ current: structuredClone(stored.data), save: { kind: 'saved', at: stored.savedAt }, news: null, alert: null });
  }

  /** Deleting needs no save first: undo brings back exactly what was on screen. */
  function remove(): void {
    clearTimeout(timer);
    dirty = false;
    const gone = $state.get().current;
    o.repo.remove(gone.id);
    const next = listed().drafts[0];
    if (next) switchTo(next.data.id);
    else {
      const blank = o.blank(newId());
      open(null, blank.id);
      patch({ current: blank, save: { kind: 'new' } });
    }
    say({ news: `已删除草稿“${o.title(gone)}”。` });
    patch({ deleted: gone, ...listed() });
  }

  /**
   * Another tab wrote to storage. Events can arrive after we have already read a newer value,
   * so the event only says "look again": what counts is what storage holds now.
   */
  function onStorage(key: string | null): void {
    const s = $state.get();
    const mine = o.repo.key(s.current.id);
    let raw: string | null = null;
    try {
      raw = o.storage?.getItem(mine) ?? null;
    } catch {}
    if ((key === mine || key === null) && raw !== baseRaw) {
      if (raw === null) {
        baseRaw = null;
        patch({ save: { kind: 'new' } });
        say({ alert: '这份草稿已在另一个标签页中被删除。本页的内容还在，再做修改会重新保存它；也可以先导出备份。' });
      } else {
        const theirs = parseStored(raw, o.spec);
        if (theirs.ok) {
          const current = absorb(theirs.stored, s.current);
          patch({ current, save: dirty ? s.save : { kind: 'saved', at: theirs.stored.savedAt } });
          if (dirty) schedule();
        }
      }
    }
    if (key === null || key.startsWith(o.repo.key(''))) refreshList();
  }

  return {
    $state,
    edit,
    flush,
    switchTo,
    remove,
    onStorage,
    /** A new draft is stored once something is typed into it, so empty drafts do not pile up. */
    create: () => {
      if (!leave()) return;
      const blank = o.blank(newId());
      open(null, blank.id);
      patch({ current: blank, save: { kind: 'new' }, news: '已新建草稿。', alert: null });
    },
    duplicate: () => {
      const d = $state.get().current;
      // Names are capped at 60 characters: a longer one would make the copy unreadable on reload.
      const label = `${clipText(o.title(d), 56)}（副本）`;
      adopt({ ...structuredClone(d), id: newId(), label }, `已复制为“${label}”。`);
    },
    rename: (label: string) => edit((d) => ({ ...d, label: label.trim() || undefined })),
    /** An imported backup always becomes a new draft: nothing is overwritten. */
    importDraft: (data: T) => adopt({ ...data, id: newId() }, `已导入为新草稿“${o.title(data)}”。`),
    undoDelete: () => {
      const d = $state.get().deleted;
      if (d) adopt(d, `已恢复草稿“${o.title(d)}”。`);
      patch({ deleted: null });
    },
    /** A message from the page (e.g. a refused import), replacing earlier ones. */
    notify: (alert: string) => say({ alert }),
    dismiss: () => patch({ alert: null, news: null }),
    refreshList,
  };
}

export type DraftSession<T extends { id: string; label?: string }> = ReturnType<typeof draftSession<T>>;
