// The PDF text matcher the print tests rely on must neither miss real text nor match anything.
import { describe, expect, it } from 'vitest';
import { normalize, pdfContains } from '../pdf';

describe('pdfContains', () => {
  it('folds Kangxi radicals and ignores layout whitespace', () => {
    expect(normalize('党⽀部 工作')).toBe('党支部工作'); // U+2F40 → 支
    expect(pdfContains(normalize('党⽀部 工作'), '党支部工作')).toBe(true);
  });
  it('lets a CJK Radicals Supplement code point stand for the ideograph it shares a glyph with', () => {
    expect(pdfContains('⻣干队伍', '骨干队伍')).toBe(true); // U+2EE3
  });
  it('still rejects text that is not there', () => {
    expect(pdfContains('骨干队伍', '骨干力量')).toBe(false);
    expect(pdfContains('⻣干', '骨干队伍')).toBe(false);
  });
});
