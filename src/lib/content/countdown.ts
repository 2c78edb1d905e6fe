// Days left until a deadline, counted in the reader's own calendar days. Dates are YYYY-MM-DD;
// counting via UTC midnights keeps daylight-saving shifts out of the arithmetic.

/** The reader's local date as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `today` to `due`: 0 on the day itself, negative once past. */
export function daysLeft(due: string, today: string): number {
  return utcDay(due) - utcDay(today);
}

/** '还剩 5 天' · '今天截止' · '已截止' */
export function countdownText(due: string, today: string): string {
  const days = daysLeft(due, today);
  if (days < 0) return '已截止';
  if (days === 0) return '今天截止';
  return `还剩 ${days} 天`;
}
