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

/** One plain sentence per element that will not print in its official font; null when all will. */
export function fontNotice(uses: FontUse[]): string | null {
  const off = uses.filter((u) => !u.officialStyle);
  if (!off.length) return null;
  const lines = off.map((u) => `${u.element}（${u.official}）将使用${u.used ? `“${u.used}”` : '浏览器默认字体'}`);
  return `本机没有公文字体，打印出的 PDF 会用相近的字体代替：${lines.join('；')}。页边距、行距、字号和页码不受影响。需要正式字体时，请在装有这些字体的电脑上打印，或导出 Word 后用装有字体的电脑打开。`;
}
