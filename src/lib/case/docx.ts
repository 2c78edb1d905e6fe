// The case report as a Word file, built in the browser. The island imports this module only when
// the export button is pressed; it imports nothing but docx, so loading it needs no shared chunk.
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocxSpec } from './format';
import type { Block } from './report';

export function caseDocument(blocks: Block[], s: DocxSpec, title: string): Document {
  const latin = { ascii: s.latinFont, hAnsi: s.latinFont, cs: s.latinFont };
  const exact = { line: s.lineTwentieths, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const paragraph = (b: Block) => {
    const r = s.runs[b.kind];
    return new Paragraph({
      alignment: r.center ? AlignmentType.CENTER : AlignmentType.BOTH,
      // One empty line after the title block, as in print.
      spacing: b.blankLineAfter ? { ...exact, after: s.lineTwentieths } : exact,
      // Headings stay whole and with what follows; paragraphs keep two lines at a page break.
      keepNext: r.keepWithNext || undefined,
      keepLines: r.keepWithNext || undefined,
      widowControl: true,
      // Character-based indent (what Word's "首行缩进 2 字符" writes), with its twips for other readers.
      indent: r.indentChars ? { firstLineChars: r.indentChars, firstLine: r.indentTwip } : undefined,
      children: [new TextRun({ text: b.text, size: r.halfPoints, font: { ...latin, eastAsia: r.eastAsia }, language: { value: 'en-US', eastAsia: 'zh-CN' } })],
    });
  };
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT], size: s.pageNumberHalfPoints, font: { ...latin, eastAsia: s.latinFont } });
  return new Document({
    title: title || undefined,
    creator: '党支部工作手册',
    sections: [
      {
        properties: { page: { size: s.pageTwip, margin: { ...s.marginTwip, footer: s.footerTwip } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumber] })] }) },
        children: blocks.map(paragraph),
      },
    ],
  });
}

export const caseDocxBlob = (blocks: Block[], s: DocxSpec, title: string): Promise<Blob> => Packer.toBlob(caseDocument(blocks, s, title));
