// CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF, quoted fields.
// Cells that start like a formula are prefixed with ' so a spreadsheet shows them as text.

export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
