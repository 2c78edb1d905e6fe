// The filled 登记表 as a Word file, laid out as it prints (PrintForm.tsx, checklist.css): A4
// portrait, the 附件 mark, title, name and date line, the table with its header row repeated on
// every page, 验收结果 and the signature line. The island imports this module only when the export
// button is pressed (word-worker.ts); it imports nothing but docx and types.
import {
  AlignmentType, BorderStyle, Document, Footer, HeightRule, Packer, PageNumber, Paragraph, Tab, Table, TableCell,
  TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, VerticalMergeType, WidthType, type ParagraphChild,
} from 'docx';
import type { FormRow, FormTable } from './checklist';

// Official faces by the names Word and WPS know (DESIGN.md); Arabic numerals and Latin in Times New Roman.
const fonts = { heiti: '黑体', fangsong: '仿宋_GB2312', xiaobiaosong: '方正小标宋简体', latin: 'Times New Roman' };
type Face = Exclude<keyof typeof fonts, 'latin'>;
// Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt; the print's page number is 9 pt.
const size = { title: 44, mark: 32, line: 28, cell: 21, folio: 18 };

const mm = (n: number) => Math.round((n * 1440) / 25.4);
// The print's @page (global.css): A4, margins 18 mm top, 16 mm sides, 20 mm bottom.
const page = { width: mm(210), height: mm(297) };
const margin = { top: mm(18), right: mm(16), bottom: mm(20), left: mm(16), footer: mm(8) };
const textWidth = page.width - margin.left - margin.right;
/** Column widths as the print sets them (checklist.css), in twips; 具体标准 takes the rest. */
const col = { category: 700, name: 1500, answer: 1100, note: 2100 };

/** Characters XML 1.0 cannot hold (a lone surrogate or a control character from an imported file) would make Word refuse the file. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1');

function run(text: string, face: Face, halfPoints: number, extra: { underline?: boolean; break?: boolean; tab?: boolean } = {}) {
  return new TextRun({
    children: extra.tab ? [new Tab(), xmlSafe(text)] : [xmlSafe(text)],
    size: halfPoints,
    font: { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia: fonts[face] },
    language: { value: 'en-US', eastAsia: 'zh-CN' },
    underline: extra.underline ? {} : undefined,
    break: extra.break ? 1 : undefined,
  });
}

/** One paragraph per line of typed text, so line breaks survive. */
function lines(text: string, face: Face, halfPoints: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], keepNext = false): Paragraph[] {
  return text.split(/\r\n|\r|\n/).map((line) => new Paragraph({ alignment, keepNext, spacing: { before: 0, after: 0 }, children: [run(line, face, halfPoints)] }));
}

interface CellOptions {
  face?: Face;
  center?: boolean;
  span?: number;
  merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
  /** Keep this row on the page of the next one (Word's way of keeping a group of rows together). */
  keepNext?: boolean;
}

function cell(text: string, width: number, o: CellOptions = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    verticalMerge: o.merge,
    verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
    children: lines(text, o.face ?? 'fangsong', size.cell, o.center ? AlignmentType.CENTER : AlignmentType.LEFT, o.keepNext),
  });
}

function headerCell(parts: string[], width: number, span?: number): TableCell {
  const children = parts.map((p, i) => run(p, 'heiti', size.cell, { break: i > 0 }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span,
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children })],
  });
}

/** The item rows; 项目 is one merged cell per category, as on the paper form. */
function itemRows(rows: FormRow[], widths: number[], notes: boolean): TableRow[] {
  const [wCategory, wName, wText, wAnswer, , wNote] = widths;
  return rows.map((r, i) => {
    const first = i === 0 || rows[i - 1].category !== r.category;
    const keepNext = i + 1 < rows.length && rows[i + 1].category === r.category;
    const cells = [
      cell(first ? r.category : '', wCategory, { face: 'heiti', keepNext, merge: first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
      cell(r.name, wName, { face: 'heiti', keepNext }),
      cell(r.text, wText, { keepNext }),
      cell(r.self, wAnswer, { center: true, keepNext }),
      cell(r.superior, wAnswer, { center: true, keepNext }),
    ];
    if (notes) cells.push(cell(r.note, wNote, { keepNext }));
    return new TableRow({ cantSplit: true, children: cells });
  });
}

function formTableElement(t: FormTable, notes: boolean): Table {
  const wText = textWidth - col.category - col.name - 2 * col.answer - (notes ? col.note : 0);
  const widths = [col.category, col.name, wText, col.answer, col.answer, ...(notes ? [col.note] : [])];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      headerCell(['项目'], col.category),
      headerCell(['具体标准'], col.name + wText, 2),
      headerCell(['自评', '是否达标'], col.answer),
      headerCell(['上级验收', '是否达标'], col.answer),
      ...(notes ? [headerCell(['说明'], col.note)] : []),
    ],
  });
  const result = new TableRow({
    cantSplit: true,
    height: { value: 840, rule: HeightRule.ATLEAST }, // the print's 4em at 10 pt
    children: [
      cell(t.resultLabel, col.category + col.name, { face: 'heiti', span: 2 }),
      cell(t.result, widths.slice(2).reduce((a, b) => a + b, 0), { span: widths.length - 2 }),
    ],
  });
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [header, ...itemRows(t.rows, widths, notes), result],
  });
}

export function checklistDocument(t: FormTable, notes: boolean): Document {
  const folio = (children: ParagraphChild[]) => new Paragraph({ alignment: AlignmentType.CENTER, children });
  const pageRun = (n: (typeof PageNumber)[keyof typeof PageNumber]) => new TextRun({ children: [n], size: size.folio, font: fonts.latin });
  const blank = '　'.repeat(12);
  return new Document({
    title: t.title,
    creator: '党支部工作手册',
    sections: [
      {
        properties: { page: { size: page, margin } },
        // "1 / 2", as the print's @page footer.
        footers: { default: new Footer({ children: [folio([pageRun(PageNumber.CURRENT), new TextRun({ text: ' / ', size: size.folio, font: fonts.latin }), pageRun(PageNumber.TOTAL_PAGES)])] }) },
        children: [
          new Paragraph({ children: [run(t.mark, 'heiti', size.mark)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, children: [run(t.title, 'xiaobiaosong', size.title)] }),
          new Paragraph({
            spacing: { after: 120 },
            tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
            children: [
              run(`${t.nameLabel}：`, 'fangsong', size.line),
              run(t.orgName.trim() ? `　${t.orgName}　` : blank, 'fangsong', size.line, { underline: true }),
              run(`${t.dateLabel}：${t.date}`, 'fangsong', size.line, { tab: true }),
            ],
          }),
          formTableElement(t, notes),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 360 },
            keepLines: true,
            children: t.signature.map((s, i) => run(s, 'fangsong', size.line, { break: i > 0 })),
          }),
        ],
      },
    ],
  });
}

export const checklistDocxBlob = (t: FormTable, notes: boolean): Promise<Blob> => Packer.toBlob(checklistDocument(t, notes));
