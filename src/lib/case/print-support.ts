// What this browser and machine will really print: page numbers (only Chromium ≥ 131 prints
// @page margin boxes) and which installed font stands in for each official one.

/** Chrome, Edge and other Chromium browsers from version 131 print `@bottom-center` page numbers. */
export function printsPageNumbers(userAgent: string): boolean {
  if (/Firefox\/|FxiOS\//.test(userAgent)) return false;
  const m = /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(userAgent);
  // Chrome on iOS is WebKit underneath and prints like Safari.
  return !!m && !/CriOS\//.test(userAgent) && Number(m[1]) >= 131;
}

/** Families of a CSS font-family value, unquoted, in order. */
export function families(stack: string): string[] {
  return stack
    .split(',')
    .map((f) => f.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter(Boolean);
}

export const genericFamilies = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

export interface FontUse {
  /** What the template calls the element: 正文, 一级标题 … */
  element: string;
  /** The template's font (仿宋GB2312). */
  official: string;
  /** The family of the stack that is installed here, or null if only the browser default is. */
  used: string | null;
  /** Whether `used` is the official font or one of its names on other systems. */
  officialStyle: boolean;
}

/**
 * What to tell the user when some element will not print in its official font: one plain
 * sentence (no font names), and for the 「详情」 disclosure, which font stands in for each.
 * Null when all will print in their official fonts.
 */
export function fontNotice(uses: FontUse[]): { summary: string; details: string[] } | null {
  const off = uses.filter((u) => !u.officialStyle);
  if (!off.length) return null;
  return {
    summary: '本机没有附件1规定的字体，打印出的 PDF 会用系统自带的相近字体代替；页边距、行距和字号不受影响。需要正式字体时，请在装有这些字体的电脑上打印，或导出 Word 后在那台电脑上打开。',
    details: off.map((u) => `${u.element}（${u.official}）将使用${u.used ? `“${u.used}”` : '浏览器默认字体'}`),
  };
}
