// A notice's deadlines as an iCalendar file (RFC 5545), built with the `ics` package at build time.
// One all-day event per deadline, with a reminder at 09:00 three days before: an all-day event
// starts at midnight, so "-P3D" would ring at midnight; "-P2DT15H" is 09:00 of the third day before.
import { createEvents, type EventAttributes } from 'ics';
import { chineseDate, chineseMonth } from './dates';
import { noticePath } from './notices';
import type { Notice } from './schemas';
import { siteName } from './site';

export const reminder = { days: 2, hours: 15, before: true } as const;

type DateArray = [number, number, number];
const dateArray = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;

/** The day after an ISO date: all-day events end (exclusively) there. */
function nextDay(iso: string): DateArray {
  const [y, m, d] = dateArray(iso);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** Names the calendar and its events when no site address (SITE_URL) was set: not a domain. */
export const anonymousHost = 'party-branch-handbook';

/**
 * The calendar text. `site` (SITE_URL) gives the events their links; without it they have none,
 * since a calendar cannot open a relative link. DTSTAMP is the build time. UIDs are stable
 * (month + deadline id), so importing the file again updates events instead of duplicating them.
 */
export function noticeCalendar(n: Pick<Notice, 'month' | 'title' | 'issuer' | 'deadlines'>, site: URL | undefined): string {
  const url = site && new URL(noticePath(n.month), site).href;
  const host = site?.hostname ?? anonymousHost;
  const events: EventAttributes[] = n.deadlines.map((d) => ({
    uid: `${n.month}-${d.id}@${host}`,
    start: dateArray(d.due),
    end: nextDay(d.due),
    title: `报送截止：${d.what}`,
    // One fact a line, links on their own lines so calendar apps can make them clickable.
    description: [
      `${d.from}于${chineseDate(d.due)}前报送${d.what}至${d.submitTo}。`,
      `格式：${d.format}`,
      site && new URL(d.link, site).href,
      `依据：${chineseMonth(n.month)}《${n.title}》`,
      url,
    ].filter(Boolean).join('\n'),
    ...(url && { url }),
    categories: [siteName],
    alarms: [{ action: 'display', description: `${chineseDate(d.due)}前报送${d.what}至${d.submitTo}`, trigger: reminder }],
  }));
  const { error, value } = createEvents(events, { productId: `-//${host}//${siteName}//ZH`, calName: `${chineseMonth(n.month)}报送截止（${n.issuer}）` });
  if (error || !value) throw new Error(`日历生成失败：${error?.message ?? '没有内容'}`);
  return value;
}
