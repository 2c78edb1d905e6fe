// localStorage that cannot lose data: writes report failure instead of throwing, and unreadable
// records are moved aside under `<key>:corrupt:<time>` rather than overwritten.
import { readEnvelope, writeEnvelope, type ReadResult, type RecordSpec, type Revision } from './envelope';

/** The part of the Web Storage API we use; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type WriteResult = { ok: true; savedAt: string } | { ok: false; message: string };

/** Plain-Chinese reason for a failed write. */
export function writeFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return '浏览器存储空间已满';
  if (name === 'SecurityError') return '浏览器禁止本网站保存数据（可能处于隐私模式或关闭了网站数据）';
  return '浏览器拒绝保存';
}

export function save<T>(storage: StorageLike | null, key: string, data: T, spec: RecordSpec<T>, now = new Date(), revision?: Revision): WriteResult {
  if (!storage) return { ok: false, message: '此浏览器无法使用本地存储' };
  try {
    storage.setItem(key, writeEnvelope(data, spec, now, revision));
    return { ok: true, savedAt: now.toISOString() };
  } catch (e) {
    return { ok: false, message: writeFailure(e) };
  }
}

export function load<T>(storage: StorageLike | null, key: string, spec: RecordSpec<T>): ReadResult<T> {
  if (!storage) return { ok: false, reason: 'missing' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  return readEnvelope(raw, spec);
}

/**
 * Keeps an unreadable record under a new key and frees the original, so new work can be saved
 * without destroying the old. Says where it was kept, or why it could not be (then the original
 * is left exactly as it was).
 */
export function setAside(storage: StorageLike, key: string, raw: string, now = new Date()): { key: string } | { message: string } {
  const aside = `${key}:corrupt:${now.toISOString()}`;
  try {
    storage.setItem(aside, raw);
  } catch (e) {
    return { message: writeFailure(e) };
  }
  storage.removeItem(key);
  return { key: aside };
}

/** Keys of records set aside for a key, oldest first. */
export function setAsideKeys(storage: StorageLike, key: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(`${key}:corrupt:`)) keys.push(k);
  }
  return keys.sort();
}
