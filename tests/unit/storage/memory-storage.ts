import type { StorageLike } from '../../../src/lib/storage/safe-storage';

/**
 * An in-memory Storage; set `fail` to make setItem throw like a blocked localStorage, or `quota`
 * (in UTF-16 units of keys and values, as browsers count) to make it fill up like a real one.
 */
export function memoryStorage(fail?: string): StorageLike & { map: Map<string, string>; fail?: string; quota?: number } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const s = {
    map,
    fail,
    quota: undefined as number | undefined,
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (s.fail) throw new DOMException('nope', s.fail);
      const after = used() - (map.has(k) ? k.length + map.get(k)!.length : 0) + k.length + String(v).length;
      if (s.quota !== undefined && after > s.quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k: string) => void map.delete(k),
  };
  return s;
}
