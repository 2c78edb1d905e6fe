// The 公示 as an .xlsx file. write-excel-file (with fflate) is ~19 KB gzipped, so it is imported
// only when the button is pressed, never with the page.
export async function noticeXlsx(rows: string[][]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const width = Math.max(...rows.map((r) => r.length));
  const data = rows.map((r, i) => r.map((value, j) => ({ value, ...((i === 1 || (j === 0 && value === '合计')) && { fontWeight: 'bold' as const }) })));
  return writeXlsxFile(data, {
    sheet: '党费公示',
    columns: Array.from({ length: width }, (_, j) => ({ width: j === 0 ? 8 : j === 1 ? 12 : 16 })),
  }).toBlob();
}
