// 附件1's numbers turned into print CSS and Word measures. The numbers come from
// content/templates/case.mdx; nothing here re-types a margin, a size or a line pitch.
import type { BlockKind } from './report';
import { keepsWithNext, minLinesAtBreak } from './paginate';
import type { CaseTemplate } from '../content/schemas';

/** The template data the writer needs (plain JSON, passed to the island as props). */
export type CaseFormat = Pick<CaseTemplate, 'marginsMm' | 'lineSpacingPt' | 'linesPerPage' | 'elements' | 'numeralsFont' | 'photos'> & {
  headings: [string, string, string, string];
};

export function caseFormat(t: CaseTemplate): CaseFormat {
  const [a, b, c, d] = t.sections.map((s) => s.heading);
  return {
    marginsMm: t.marginsMm, lineSpacingPt: t.lineSpacingPt, linesPerPage: t.linesPerPage,
    elements: t.elements, numeralsFont: t.numeralsFont, photos: t.photos, headings: [a, b, c, d],
  };
}

export const A4mm = { width: 210, height: 297 } as const;
/** The template gives no size for the page number; 四号 (14 pt) is GB/T 9704's. */
export const pageNumberPt = 14;

/** Each template font: its CSS stack (official.css) and the name Word and WPS know it by. */
const officialFonts: Record<string, { cssVar: string; word: string }> = {
  方正小标宋简体: { cssVar: '--case-xiaobiaosong', word: '方正小标宋简体' },
  楷体GB2312: { cssVar: '--case-kaiti', word: '楷体_GB2312' },
  黑体: { cssVar: '--case-heiti', word: '黑体' },
  仿宋GB2312: { cssVar: '--case-fangsong', word: '仿宋_GB2312' },
};

export function officialFont(name: string): { cssVar: string; word: string } {
  const f = officialFonts[name];
  if (!f) throw new Error(`附件1 的字体“${name}”没有对应的字体栈：请在 src/lib/case/format.ts 里补上`);
  return f;
}

/** Which template element styles each kind of paragraph. */
export const elementOf: Record<BlockKind, keyof CaseTemplate['elements']> = {
  title: 'title', unit: 'unit', h1: 'heading1', h2: 'heading2', body: 'body',
};

/** Lines that fit between the top and bottom margins at the fixed line pitch. */
export function linesThatFit(f: Pick<CaseFormat, 'marginsMm' | 'lineSpacingPt'>): number {
  const textHeightPt = ((A4mm.height - f.marginsMm.top - f.marginsMm.bottom) / 25.4) * 72;
  return Math.floor(textHeightPt / f.lineSpacingPt + 1e-9);
}

/** Height of one page's text block in the preview: whole lines only, as print breaks them. */
export const pageStridePt = (f: CaseFormat) => f.linesPerPage * f.lineSpacingPt;

/**
 * The print and preview rules. A named page keeps these margins off the rest of the site; every
 * paragraph has the same line height and no margins, so every line sits on the 28 pt grid and a
 * page holds exactly linesPerPage lines — which is what lets the preview cut pages by offset.
 */
export function caseCss(f: CaseFormat): string {
  const m = f.marginsMm;
  const width = A4mm.width - m.left - m.right;
  const rules = (Object.keys(elementOf) as BlockKind[]).map((kind) => {
    const e = f.elements[elementOf[kind]];
    return `.case-doc .case-${kind}{font-family:var(${officialFont(e.font).cssVar});font-size:${e.sizePt}pt;text-align:${e.align};text-indent:${e.indentChars}em}`;
  });
  return [
    // !important: Chromium 156 lets the site's later unnamed @page rule win over this named one.
    `@page case-report{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm!important;` +
      `@bottom-center{content:counter(page)!important;font:${pageNumberPt}pt "Case Numerals","Times New Roman","Liberation Serif",serif!important;color:#000}}`,
    // Two lines of a paragraph at least on each side of a break; a heading never ends a page
    // (src/lib/case/paginate.ts repeats these rules for the preview).
    `.case-doc{width:${width}mm;line-height:${f.lineSpacingPt}pt;color:#000;orphans:${minLinesAtBreak};widows:${minLinesAtBreak}}`,
    `.case-doc p{margin:0;line-height:inherit}`,
    `.case-doc .case-title,.case-doc .case-unit,.case-doc .case-h1,.case-doc .case-h2{break-after:avoid;break-inside:avoid}`,
    `.case-doc .case-gap{margin-bottom:${f.lineSpacingPt}pt}`,
    ...rules,
    `.case-sheet{width:${A4mm.width}mm;height:${A4mm.height}mm;padding:${m.top}mm ${m.right}mm 0 ${m.left}mm}`,
    `.case-clip{height:${pageStridePt(f)}pt;overflow:hidden}`,
    `.case-folio{position:absolute;left:${m.left}mm;right:${m.right}mm;bottom:0;height:${m.bottom}mm;font-size:${pageNumberPt}pt}`,
  ].join('\n');
}

export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Word's measures for one kind of paragraph. */
export interface DocxRun {
  eastAsia: string;
  halfPoints: number;
  center: boolean;
  /** First-line indent in hundredths of a character, and the same in twips. */
  indentChars: number;
  indentTwip: number;
  /** Word's keepNext + keepLines: a heading stays whole and on the page of what follows. */
  keepWithNext: boolean;
}

/** Everything the Word file needs, as plain numbers and names: the docx module imports nothing of ours. */
export interface DocxSpec {
  pageTwip: { width: number; height: number };
  marginTwip: { top: number; bottom: number; left: number; right: number };
  footerTwip: number;
  lineTwentieths: number;
  latinFont: string;
  pageNumberHalfPoints: number;
  runs: Record<BlockKind, DocxRun>;
}

export function docxSpec(f: CaseFormat): DocxSpec {
  const m = f.marginsMm;
  const run = (kind: BlockKind): DocxRun => {
    const e = f.elements[elementOf[kind]];
    return { eastAsia: officialFont(e.font).word, halfPoints: e.sizePt * 2, center: e.align === 'center', indentChars: e.indentChars * 100, indentTwip: e.indentChars * e.sizePt * 20, keepWithNext: keepsWithNext(kind) };
  };
  return {
    pageTwip: { width: mmToTwip(A4mm.width), height: mmToTwip(A4mm.height) },
    marginTwip: { top: mmToTwip(m.top), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), right: mmToTwip(m.right) },
    // Footer text sits about midway down the bottom margin, where Chromium prints @bottom-center.
    footerTwip: mmToTwip(m.bottom / 2) - Math.round(pageNumberPt * 20 * 0.6),
    lineTwentieths: f.lineSpacingPt * 20,
    latinFont: f.numeralsFont,
    pageNumberHalfPoints: pageNumberPt * 2,
    runs: { title: run('title'), unit: run('unit'), h1: run('h1'), h2: run('h2'), body: run('body') },
  };
}
