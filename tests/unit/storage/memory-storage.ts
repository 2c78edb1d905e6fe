import type { StorageLike } from '../../../src/lib/storage/safe-storage';

/** An in-memory Storage; set `fail` to make setItem throw like a full or blocked localStorage. */
export function memoryStorage(fail?: string): StorageLike & { map: Map<string, string>; fail?: string } {
  const map = new Map<string, string>();
  const s = {
    map,
    fail,
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (s.fail) throw new DOMException('nope', s.fail);
      map.set(k, String(v));
    },
    removeItem: (k: string) => void map.delete(k),
  };
  return s;
}
