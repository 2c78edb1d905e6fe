// The CSV writer against a real CSV parser (csv-parse): every cell comes back as written, with a
// leading ' only where a spreadsheet would otherwise run a formula (OWASP / ASVS 5.0 1.2.10).
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/lib/storage/csv';

const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: true, record_delimiter: '\r\n' });
/** What a spreadsheet sees as a cell's first character once spaces and control characters are skipped. */
const dangerous = (cell: string) => /^[\s\0-\x1f\x7f-\x9f\u200b-\u200f\u2060]*[=+\-@＝＋－＠]/.test(cell) || /^[\t\r\n\0]/.test(cell);

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 10 1234', "'+86 10 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    [' =1+1', "' =1+1"],
    ['\u3000=1', "'\u3000=1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\0=1', "'\0=1"],
    ['\0abc', "'\0abc"],
    ['\tabc', `"'\tabc"`],
    ['\rabc', `"'\rabc"`],
    ['\u200b=1', "'\u200b=1"],
    ['a;=1+1', '"a;=1+1"'],
    ['a,b', '"a,b"'],
    ['说"明"', '"说""明"""'],
    ['第一行\r\n第二行', '"第一行\r\n第二行"'],
    ['物理系党支部', '物理系党支部'],
    ['a=b', 'a=b'],
    ['1-2', '1-2'],
    ['', ''],
  ])('%j is written as %j', (cell, out) => {
    expect(csvCell(cell)).toBe(out);
  });

  it('round-trips any rows through a real CSV parser, defusing exactly the dangerous cells', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', ' ', '\t', '\r', '\n', '\0', ',', ';', '"', "'", 'a', '党') }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const back = read(toCsv(rows));
        expect(back).toEqual(rows.map((r) => r.map((c) => (dangerous(c) ? `'${c}` : c))));
        for (const c of back.flat()) expect(c.startsWith("'") || !dangerous(c)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv([['甲', '乙'], ['丙']])).toBe('\uFEFF甲,乙\r\n丙\r\n');
  });
});
