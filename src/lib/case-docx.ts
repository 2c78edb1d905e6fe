// The case report as a Word file, built in the browser. The island imports this module only when
// the export button is pressed, so the ~100 KB docx library is not part of the page's load.
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { A4mm, elementOf, mmToTwip, officialFont, pageNumberPt, type CaseFormat } from './case-format';
import type { Block } from './case-report';

export function caseDocument(blocks: Block[], f: CaseFormat, title: string): Document {
  const latin = f.numeralsFont;
  const exact = { line: f.lineSpacingPt * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const paragraph = (b: Block) => {
    const e = f.elements[elementOf[b.kind]];
    return new Paragraph({
      alignment: e.align === 'center' ? AlignmentType.CENTER : AlignmentType.BOTH,
      spacing: exact,
      // Character-based indent (what Word's "首行缩进 2 字符" writes), with its twips for other readers.
      indent: e.indentChars ? { firstLineChars: e.indentChars * 100, firstLine: e.indentChars * e.sizePt * 20 } : undefined,
      children: [
        new TextRun({
          text: b.text,
          size: e.sizePt * 2,
          font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: officialFont(e.font).word },
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        }),
      ],
    });
  };
  const m = f.marginsMm;
  // Footer text sits about midway down the bottom margin, where Chromium prints @bottom-center.
  const footerTwip = mmToTwip(m.bottom / 2) - Math.round(pageNumberPt * 20 * 0.6);
  return new Document({
    title: title || undefined,
    creator: '党支部工作手册',
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(A4mm.width), height: mmToTwip(A4mm.height) },
            margin: { top: mmToTwip(m.top), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), right: mmToTwip(m.right), footer: footerTwip },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: pageNumberPt * 2, font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: latin } })],
              }),
            ],
          }),
        },
        children: blocks.map(paragraph),
      },
    ],
  });
}

export const caseDocxBlob = (blocks: Block[], f: CaseFormat, title: string): Promise<Blob> =>
  Packer.toBlob(caseDocument(blocks, f, title));
