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
