// Money as whole 分 (integers), never floating-point 元: 0.1 + 0.2 is not 0.3, and dues are
// rounded half up to the 分. Text in, text out: "5100.5" ⇄ 510050.

import { maxFen } from './limits';

export { maxFen };

export type Parsed = { ok: true; fen: number } | { ok: false; message: string };

/** Reads an amount in 元 as typed (half-width or full-width digits, commas allowed). */
export function parseYuan(text: string): Parsed {
  const t = text
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s]/g, '')
    .replace(/元$/, '');
  if (t === '') return { ok: false, message: '请填写金额。' };
  if (t.startsWith('-')) return { ok: false, message: '金额不能是负数。' };
  const m = /^(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[1] === '' && !m[2])) return { ok: false, message: '金额只能填写数字，例如 5100 或 5100.50。' };
  const cents = m[2] ?? '';
  if (cents.length > 2) return { ok: false, message: '金额最多填写到分（两位小数）。' };
  const fen = Number(m[1] || '0') * 100 + Number(cents.padEnd(2, '0'));
  if (fen > maxFen) return { ok: false, message: '金额过大，请检查。' };
  return { ok: true, fen };
}

/** 7650 → "76.50" */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** fen × rate (in basis points, 1.5 % = 150) rounded half up to the 分, in integers only. */
export function applyRate(fen: number, rateBp: number): number {
  const x = fen * rateBp + 5000;
  return (x - (x % 10000)) / 10000;
}

/** 150 → "1.5%" */
export function formatRate(rateBp: number): string {
  return `${rateBp / 100}%`;
}
