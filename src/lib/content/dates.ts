// Dates in content are plain YYYY-MM-DD strings: no time zone can shift them.

/** '2022-05-06' → '2022年5月6日' */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** '2022-04' → '2022年4月' */
export function chineseMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A save time in the reader's own zone: '11月27日 15:20'. */
export function savedTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A save time with its year, in the reader's own zone: '2026年11月27日 15:20'; '' if unreadable. */
export function savedDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}年${savedTime(iso)}`;
}
