// Word notices for the import tests, made the way an office makes them: plain paragraphs with no
// heading styles, real tables, bold deadline sentences. Built with the `docx` package from text
// in which table rows are blocks of tab-led cell lines (the layout of tests/fixtures/*.txt).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';

type Part = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

/** Lines → paragraphs and tables. A block of lines starting with a tab is one table row per blank-line group. */
export function parts(text: string): Part[] {
  const out: Part[] = [];
  const lines = text.split('\n');
  let rows: string[][] | null = null;
  let row: string[] | null = null;
  const endRow = () => {
    if (row && rows && row.some((c) => c.trim())) rows.push(row);
    row = null;
  };
  const endTable = () => {
    endRow();
    if (rows?.length) out.push({ kind: 'table', rows });
    rows = null;
  };
  for (const line of lines) {
    if (line.startsWith('\t') && !/^\t\s*(党组织|工作任务|各党总支|一、)/.test(line)) {
      rows ??= [];
      row ??= [];
      row.push(line.slice(1).trim());
    } else if (!line.trim()) {
      endRow();
    } else if (row) {
      // A cell broken over two lines (班子 / 任期) continues without a tab.
      row[row.length - 1] += line.trim();
    } else {
      endTable();
      out.push({ kind: 'p', text: line.trim() });
    }
  }
  endTable();
  return out;
}

const boldRe = /([^。]*于\d{1,2}月\d{1,2}日前报送[^。]*。)/;

function paragraph(text: string): Paragraph {
  const runs = text.split(boldRe).filter(Boolean).map((t) => new TextRun({ text: t, bold: boldRe.test(t), font: { eastAsia: '仿宋_GB2312' } }));
  return new Paragraph({ children: runs });
}

/** An empty first cell under a category continues it (a vertical merge), as in the paper form; a short
 * row (the header's 具体标准, the 验收结果 row) lets its second cell span the missing columns. */
function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    rows: rows.map(
      (r) =>
        new TableRow({
          children: r.map((text, c) => {
            const span = c === 1 ? width - r.length + 1 : 1;
            const merge = c === 0 && r.length === width ? (text ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
            return new TableCell({ children: [new Paragraph(text)], ...(span > 1 ? { columnSpan: span } : {}), ...(merge ? { verticalMerge: merge } : {}) });
          }),
        }),
    ),
  });
}

export async function noticeDocx(text: string): Promise<Uint8Array> {
  const children = parts(text).map((p) => (p.kind === 'p' ? paragraph(p.text) : table(p.rows)));
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
