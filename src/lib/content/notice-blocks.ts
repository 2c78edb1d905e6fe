// A Word notice as a flat list of blocks: paragraphs (with their bold runs) and tables, in order.
// mammoth reads the .docx; its document tree is taken as it is (no HTML round trip), so text,
// full-width punctuation and merged table cells arrive exactly as the author typed them.
// Office notices rarely carry heading styles, so nothing here relies on them: the numbering is
// recognised from the text later (notice-draft.ts).
import mammoth from 'mammoth';

/** A stretch of text, bold or not (the notice marks its deadline sentences in bold). */
export interface Span {
  text: string;
  bold: boolean;
}
export interface Cell {
  text: string;
  rowSpan: number;
  colSpan: number;
}
export type Block = { kind: 'p'; spans: Span[]; text: string } | { kind: 'table'; rows: Cell[][] };

interface Node {
  type: string;
  children?: Node[];
  value?: string;
  isBold?: boolean;
  rowSpan?: number;
  colSpan?: number;
}

/** Reads a .docx file's body. Throws a Chinese message when the bytes are not a Word document. */
export async function readDocxBlocks(bytes: Uint8Array): Promise<Block[]> {
  let body: Node | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (doc: Node) => {
          body = doc;
          return doc;
        },
      },
    );
  } catch {
    throw new Error('无法读取这个文件：它不是 Word 文档（.docx），或文件已损坏。旧版 .doc 文件请先用 Word 或 WPS 另存为 .docx。');
  }
  if (!body) throw new Error('无法读取这个文件的正文。');
  return blocksOf(body);
}

/** The document tree as blocks; exported for tests that build trees by hand. */
export function blocksOf(doc: Node): Block[] {
  const blocks: Block[] = [];
  for (const child of doc.children ?? []) {
    if (child.type === 'paragraph') {
      const spans = spansOf(child);
      const text = spans.map((s) => s.text).join('');
      if (text.trim()) blocks.push({ kind: 'p', spans, text });
    } else if (child.type === 'table') {
      const rows = (child.children ?? [])
        .filter((r) => r.type === 'tableRow')
        .map((r) =>
          (r.children ?? [])
            .filter((c) => c.type === 'tableCell')
            .map((c) => ({ text: cellText(c), rowSpan: c.rowSpan ?? 1, colSpan: c.colSpan ?? 1 })),
        );
      if (rows.some((r) => r.length)) blocks.push({ kind: 'table', rows });
    }
  }
  return blocks;
}

function spansOf(node: Node, bold = false): Span[] {
  const out: Span[] = [];
  for (const c of node.children ?? []) {
    if (c.type === 'text') push(out, c.value ?? '', bold);
    else if (c.type === 'tab') push(out, ' ', bold);
    else if (c.type === 'break') push(out, '', bold);
    else if (c.children) out.push(...spansOf(c, c.type === 'run' ? !!c.isBold : bold));
  }
  // Join neighbours of the same weight: Word splits runs at every spell-check or edit mark.
  return out.reduce<Span[]>((acc, s) => {
    const last = acc[acc.length - 1];
    if (last && last.bold === s.bold) last.text += s.text;
    else if (s.text) acc.push({ ...s });
    return acc;
  }, []);
}

function push(out: Span[], text: string, bold: boolean) {
  out.push({ text, bold });
}

/** A cell's paragraphs joined without a separator: a name broken over two lines (班子/任期) is one name. */
function cellText(cell: Node): string {
  return (cell.children ?? [])
    .filter((p) => p.type === 'paragraph')
    .map((p) => spansOf(p).map((s) => s.text).join('').trim())
    .join('');
}
