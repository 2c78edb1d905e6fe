// Where print breaks the case report into pages, so the preview can show the same pages. Every
// line sits on the 28 pt grid, so a page is a run of whole lines. The print CSS asks Chromium to
// keep a heading with what follows (break-after: avoid), never split a heading, and leave at least
// two lines of a paragraph on each side of a break (orphans/widows: 2). Chromium then takes the
// latest break that breaks none of these rules, and only when there is none, the latest at all:
// this does the same with the line counts the preview measured.

import type { BlockKind } from './report';

/** Headings and the title block stay whole, on the page of the lines that follow them. */
export const keepsWithNext = (kind: BlockKind): boolean => kind !== 'body';

export interface FlowBlock {
  /** Lines the paragraph takes. */
  lines: number;
  /** A heading (or the title block): kept whole and on the page of what follows it. */
  keep: boolean;
  /** Empty lines after it (the one after the title block). */
  spaceAfter: number;
}

/** Lines of a paragraph that must stay together on either side of a break. */
export const minLinesAtBreak = 2;

/** The first line of each page, counted on the grid from the top of the document. */
export function pageStarts(blocks: FlowBlock[], perPage: number): number[] {
  const candidates: { at: number; ok: boolean; contentEnd: number }[] = [];
  let pos = 0;
  blocks.forEach((b, i) => {
    if (i > 0) {
      const prev = blocks[i - 1];
      candidates.push({ at: pos, ok: !prev.keep, contentEnd: pos - prev.spaceAfter });
    }
    for (let j = 1; j < b.lines; j++) {
      const ok = !b.keep && j >= minLinesAtBreak && b.lines - j >= minLinesAtBreak;
      candidates.push({ at: pos + j, ok, contentEnd: pos + j });
    }
    pos += b.lines + b.spaceAfter;
  });
  const total = blocks.length ? pos - blocks[blocks.length - 1].spaceAfter : 0;

  const starts = [0];
  let start = 0;
  while (total - start > perPage) {
    const end = start + perPage;
    const fits = candidates.filter((c) => c.at > start && c.contentEnd <= end);
    const best = [...fits].reverse().find((c) => c.ok) ?? fits[fits.length - 1];
    start = best ? best.at : end;
    starts.push(start);
  }
  return starts;
}
