import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { clipText, isCalendarDate, isWellFormed, optionalDate, savedAtProblem, wellFormedText } from '../../../src/lib/storage/checks';

describe('isWellFormed', () => {
  it('accepts ordinary text and surrogate pairs', () => {
    expect(isWellFormed('甲党支部')).toBe(true);
    expect(isWellFormed('𠀀 emoji 😀')).toBe(true);
    expect(isWellFormed('')).toBe(true);
  });
  it('refuses lone surrogates anywhere', () => {
    for (const s of ['\ud800乙党支部', '乙\udc00', 'a\ud83d', '\udc00\ud800']) expect(isWellFormed(s)).toBe(false);
  });
  it('agrees with encodeURIComponent on every single code unit around the surrogate range', () => {
    for (let c = 0xd7f0; c <= 0xe010; c++) {
      const s = `x${String.fromCharCode(c)}y`;
      let encodes = true;
      try {
        encodeURIComponent(s);
      } catch {
        encodes = false;
      }
      expect(isWellFormed(s)).toBe(encodes);
    }
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    for (const d of ['2022-05-06', '2024-02-29', '2000-02-29', '2100-12-31', '1921-07-01']) expect(isCalendarDate(d)).toBe(true);
  });
  it('refuses impossible and out-of-range dates', () => {
    for (const d of ['9999-99-99', '0000-00-00', '2022-02-29', '1900-02-29', '2022-13-01', '2022-04-31', '2022-4-1', '2101-01-01', '1920-12-31', ''])
      expect(isCalendarDate(d)).toBe(false);
  });
  it('optionalDate lets the empty string through', () => {
    expect(v.is(optionalDate, '')).toBe(true);
    expect(v.is(optionalDate, '2022-02-30')).toBe(false);
  });
});

describe('savedAtProblem', () => {
  const now = new Date('2026-12-01T08:00:00Z');
  it('accepts real times up to a day ahead', () => {
    expect(savedAtProblem('2022-05-01T09:30:00.000Z', now)).toBeNull();
    expect(savedAtProblem('2026-12-02T07:00:00Z', now)).toBeNull();
    expect(savedAtProblem('2026-12-01T16:00:00+08:00', now)).toBeNull();
  });
  it('refuses the future, nonsense and dates that do not exist', () => {
    expect(savedAtProblem('9999-12-31T00:00:00.000Z', now)).toMatch(/晚于今天/);
    expect(savedAtProblem('2026-12-03T00:00:00Z', now)).toMatch(/晚于今天/);
    for (const s of ['yesterday', '2022-05-01', '2022-02-30T00:00:00Z', '', '2022-05-01T25:00:00Z']) expect(savedAtProblem(s, now)).toMatch(/不是有效的时间/);
  });
});

describe('wellFormedText', () => {
  it('checks length and surrogates with Chinese messages', () => {
    const r = v.safeParse(wellFormedText(3), 'abcd');
    expect(r.success).toBe(false);
    expect(r.issues?.[0].message).toMatch(/超过 3 字/);
    expect(v.safeParse(wellFormedText(10), '\ud800x').issues?.[0].message).toMatch(/无法识别/);
    expect(v.is(wellFormedText(10), '好')).toBe(true);
  });
});

describe('clipText', () => {
  it('cuts to the limit without leaving half a surrogate pair', () => {
    expect(clipText('甲乙丙', 2)).toBe('甲乙');
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('ab😀', 4)).toBe('ab😀');
    expect(isWellFormed(clipText('𠀀'.repeat(40), 55))).toBe(true);
  });
});
