// The base built from a pay slip: pay items added, the deductions the local rule names taken off,
// line by line as the calculator shows them. Amounts are typed text, read as whole 分.
import { formatYuan, parseYuan } from './money';

export interface Line {
  label: string;
  fen: number;
}

export type Built = { ok: true; lines: Line[]; baseFen: number } | { ok: false; message: string };

/** `pay` and `deductions` are [name, amount as typed]; blank amounts are skipped. */
export function buildBase(pay: [string, string][], deductions: [string, string][]): Built | null {
  const read = (rows: [string, string][], what: string) => {
    const out: Line[] = [];
    for (const [label, text] of rows) {
      if (text.trim() === '') continue;
      const p = parseYuan(text);
      if (!p.ok) return `${label || what}：${p.message}`;
      out.push({ label, fen: p.fen });
    }
    return out;
  };
  const items = read(pay, '工资项目');
  if (typeof items === 'string') return { ok: false, message: items };
  if (items.length === 0) return null;
  const off = read(deductions, '扣除项');
  if (typeof off === 'string') return { ok: false, message: off };
  const gross = items.reduce((n, l) => n + l.fen, 0);
  const baseFen = off.reduce((n, l) => n - l.fen, gross);
  if (baseFen < 0) return { ok: false, message: `扣除项合计 ${formatYuan(gross - baseFen)} 元，超过了工资收入合计 ${formatYuan(gross)} 元，请检查。` };
  const lines = [
    ...items.map((l, i) => ({ label: l.label || `工资项目${i + 1}`, fen: l.fen })),
    { label: '工资收入合计', fen: gross },
    ...off.map((l) => ({ label: `减：${l.label}`, fen: l.fen })),
    { label: '计算基数', fen: baseFen },
  ];
  return { ok: true, lines, baseFen };
}
