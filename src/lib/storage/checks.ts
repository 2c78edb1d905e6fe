// Checks for values that arrive in files from other people's computers: text that is well-formed
// Unicode (a lone surrogate breaks encodeURIComponent, TextEncoder round trips and Word files),
// dates that exist on a calendar, and save times that are real and not in the future.
import * as v from 'valibot';

/** True when `s` holds no lone surrogate (String.prototype.isWellFormed, written out for older browsers). */
export function isWellFormed(s: string): boolean {
  // No regex lookbehind: Safari before 16.4 cannot parse it, and the site supports Safari 14.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** Years a real record can carry: the notices start in 2022; a century either side is generous. */
export const minYear = 1921;
export const maxYear = 2100;

/** True for a real YYYY-MM-DD date between minYear and maxYear (no 2022-02-30, no 9999-99-99). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < minYear || y > maxYear || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** One day of clock skew between the sender's computer and ours is forgiven. */
export const clockSkewMs = 24 * 60 * 60 * 1000;

/** Why a save time is not believable, or null: it must be a full ISO time, not in the future. */
export function savedAtProblem(s: string, now: Date): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  const t = Date.parse(s);
  if (m && t > now.getTime() + clockSkewMs) return `保存时间 ${s.slice(0, 10)} 晚于今天，文件的时间不可信`;
  if (!m || Number.isNaN(t) || !isCalendarDate(m[1])) return `保存时间“${s.slice(0, 40)}”不是有效的时间`;
  return null;
}

/** Text of at most `max` UTF-16 units with no lone surrogate. */
export const wellFormedText = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `文字超过 ${max} 字`), v.check(isWellFormed, '文字含有无法识别的字符（不完整的 Unicode 代理项）'));

/** A YYYY-MM-DD calendar date, or '' when not chosen yet. */
export const optionalDate = v.pipe(v.string(), v.check((s) => s === '' || isCalendarDate(s), '日期无效'));

/** `s` cut to at most `max` UTF-16 units without splitting a surrogate pair (which would not be well-formed). */
export function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  const c = s.charCodeAt(max - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** Items of a list whose `id`s must be unique (two with one id would be edited and deleted together). */
export const uniqueIds = <T extends { id: string }>(what: string) =>
  v.check((items: T[]) => new Set(items.map((x) => x.id)).size === items.length, `${what}有重复的编号`);

/** A plain object used as a map (JSON arrays are objects too, and would pass for one). */
export const isPlainMap = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
