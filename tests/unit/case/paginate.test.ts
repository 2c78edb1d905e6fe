import { describe, expect, it } from 'vitest';
import { pageStarts, type FlowBlock } from '../../../src/lib/case/paginate';

const h = (lines = 1): FlowBlock => ({ lines, keep: true, spaceAfter: 0 });
const p = (lines: number): FlowBlock => ({ lines, keep: false, spaceAfter: 0 });
const title: FlowBlock = { lines: 1, keep: true, spaceAfter: 1 };

describe('pageStarts', () => {
  it('keeps a document that fits on one page', () => {
    expect(pageStarts([title, h(), p(19)], 22)).toEqual([0]);
    expect(pageStarts([], 22)).toEqual([0]);
  });

  it('breaks a long paragraph at the page end when two lines stay on each side', () => {
    // title(1) + blank(1) + h1(1) + 30 lines: page 1 holds 19 of them.
    expect(pageStarts([title, h(), p(30)], 22)).toEqual([0, 22]);
  });

  it('never leaves a heading as the last line of a page', () => {
    // 21 lines of text, then a heading at line 22: it moves to page 2 with its paragraph.
    expect(pageStarts([p(21), h(), p(5)], 22)).toEqual([0, 21]);
  });

  it('moves a heading when only one line of its paragraph would fit (orphans)', () => {
    expect(pageStarts([p(20), h(), p(5)], 22)).toEqual([0, 20]);
  });

  it('moves a level-1 and level-2 heading together', () => {
    expect(pageStarts([p(19), h(), h(), p(6)], 22)).toEqual([0, 19]);
  });

  it('leaves at least two lines of a paragraph for the next page (widows)', () => {
    // 23 lines would leave one: the break comes a line earlier.
    expect(pageStarts([p(23)], 22)).toEqual([0, 21]);
    // A three-line paragraph that cannot split 2 + 1 moves whole.
    expect(pageStarts([p(20), p(3)], 22)).toEqual([0, 20]);
  });

  it('keeps a two-line heading whole', () => {
    expect(pageStarts([p(21), h(2), p(4)], 22)).toEqual([0, 21]);
  });

  it('breaks anyway when no break keeps every rule', () => {
    expect(pageStarts([h(30)], 22)).toEqual([0, 22]);
  });

  it('fills every page but the last with whole lines, and page starts only grow', () => {
    const blocks = [title, h(), p(7), p(4), h(), h(), p(9), h(), p(12), h(), p(3), h(), p(6), p(2), h(), p(1), p(1)];
    const starts = pageStarts(blocks, 22);
    const total = blocks.reduce((n, b) => n + b.lines + b.spaceAfter, 0);
    expect(starts.every((s, i) => i === 0 || (s > starts[i - 1] && s - starts[i - 1] <= 22))).toBe(true);
    expect(total - starts[starts.length - 1]).toBeLessThanOrEqual(22);
  });
});
