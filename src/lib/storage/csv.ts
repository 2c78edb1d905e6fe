// CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF, quoted fields.
// A cell a spreadsheet could run as a formula (OWASP "CSV injection", ASVS 5.0 1.2.10) gets a
// leading ' so it shows as text: one that starts, after any spaces or control characters (which
// spreadsheets skip), with = + - @ or their full-width forms, or starts with tab, CR, LF or NUL.
// Cells holding a separator (, or ; where the locale's list separator is ;), quote or line break
// are quoted.

const formulaLike = /^(?:[\s\0-\x1f\x7f-\x9f\u200b-\u200f\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n\0])/;

export function csvCell(value: string): string {
  const text = formulaLike.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
