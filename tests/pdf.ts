// Read a PDF that Chromium printed: page sizes and text, via pdfjs-dist.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: { str: string; x: number; y: number; width: number; height: number }[];
}

export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((i) => 'str' in i)
      .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, height: i.height }));
    pages.push({ width, height, text: normalize(items.map((i) => i.str).join('')), items });
  }
  await doc.cleanup();
  return pages;
}

/** Kangxi radicals (U+2F00–2FDF) fold to their ideographs under NFKC; whitespace is layout. */
export function normalize(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Whether PDF text contains a phrase. Chromium's PDFs sometimes carry a CJK Radicals Supplement
 * code point (U+2E80–2EFF, e.g. ⻣ for 骨) where the glyph is shared; NFKC does not fold those,
 * so such a character matches any character of the phrase.
 */
export function pdfContains(text: string, phrase: string): boolean {
  const needle = normalize(phrase);
  const radical = (c: string) => c >= '\u2E80' && c <= '\u2EFF';
  outer: for (let i = 0; i + needle.length <= text.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      const c = text[i + j];
      if (c !== needle[j] && !radical(c)) continue outer;
    }
    return true;
  }
  return false;
}
