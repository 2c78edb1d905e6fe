// Which installed font each official stack resolves to here. A family is installed when text set
// in it measures differently from each generic fallback alone (the usual canvas check: browsers
// expose no font list without a permission prompt).
import { elementOf } from '../../lib/case/format';
import { families, genericFamilies, type FontUse } from '../../lib/case/print-support';
import type { CaseFormat } from '../../lib/case/format';

const sample = 'mmwwiilI10永案例体例，。ABCxyz';
const elementNames = { title: '标题', unit: '单位名称', heading1: '一级标题', heading2: '二级标题', body: '正文' } as const;

function installed(ctx: CanvasRenderingContext2D, family: string): boolean {
  return ['monospace', 'sans-serif', 'serif'].some((base) => {
    ctx.font = `40px ${base}`;
    const plain = ctx.measureText(sample).width;
    ctx.font = `40px "${family}", ${base}`;
    return ctx.measureText(sample).width !== plain;
  });
}

/** A fresh task: each family's measuring (tens of ms on an old PC) runs apart, so typing never waits. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

export async function fontUses(f: CaseFormat, officialCssVar: (font: string) => string): Promise<FontUse[]> {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return [];
  const style = getComputedStyle(document.documentElement);
  const fallback = new Set([...families(style.getPropertyValue('--case-fallback-serif')), ...families(style.getPropertyValue('--case-fallback-sans'))]);
  const uses: FontUse[] = [];
  for (const key of Object.values(elementOf)) {
    const e = f.elements[key];
    const stack = families(style.getPropertyValue(officialCssVar(e.font))).filter((n) => n !== 'Case Numerals');
    let used: string | null = null;
    for (const name of stack.filter((n) => !genericFamilies.has(n))) {
      await nextTask();
      if (installed(ctx, name)) {
        used = name;
        break;
      }
    }
    uses.push({ element: elementNames[key], official: e.font, used, officialStyle: !!used && !fallback.has(used) });
  }
  return uses;
}
