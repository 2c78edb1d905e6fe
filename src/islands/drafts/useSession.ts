// Starts a draft session after hydration (the server render is always the blank form), follows
// its store, and wires the browser events that keep it safe: other tabs' saves, leaving the page.
import { useEffect, useState } from 'preact/hooks';
import type { DraftSession, SessionState } from '../../lib/storage/draft-session';
import type { StorageLike } from '../../lib/storage/safe-storage';
import { markUnsaved } from './unsaved';

type Draft = { id: string; label?: string };

/** localStorage, or null where the browser refuses it (blocked cookies throw on access). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useSession<T extends Draft>(start: () => DraftSession<T>): [DraftSession<T> | null, SessionState<T> | null] {
  const [session, setSession] = useState<DraftSession<T> | null>(null);
  const [state, setState] = useState<SessionState<T> | null>(null);
  useEffect(() => {
    const s = start();
    setSession(s);
    const unbind = s.$state.subscribe((state) => {
      setState(state);
      markUnsaved(state.save.kind === 'pending' || state.save.kind === 'failed');
    });
    const onStorage = (e: StorageEvent) => s.onStorage(e.key);
    const onHide = () => document.visibilityState === 'hidden' && s.flush();
    // While edits exist only in this page, closing it would lose them: ask the browser to warn.
    const onLeave = (e: BeforeUnloadEvent) => {
      s.flush();
      if (s.$state.get().save.kind === 'failed') e.preventDefault();
    };
    addEventListener('beforeunload', onLeave);
    addEventListener('storage', onStorage);
    addEventListener('pagehide', s.flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      s.flush();
      unbind();
      removeEventListener('beforeunload', onLeave);
      removeEventListener('storage', onStorage);
      removeEventListener('pagehide', s.flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);
  return [session, state];
}
