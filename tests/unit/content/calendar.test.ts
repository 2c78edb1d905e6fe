// The calendar file, read back with a real iCalendar parser (ical.js), not patterns.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { anonymousHost, noticeCalendar } from '../../../src/lib/content/calendar';
import { notice } from '../../../src/lib/content/schemas';
import { readFrontmatter } from '../../content';

const april = notice.parse(readFrontmatter('notices/2022-04.mdx'));
const site = new URL('https://handbook.example.edu.cn');
const text = noticeCalendar(april, site);
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent');

describe('the notice calendar (.ics)', () => {
  it('is a VCALENDAR 2.0 with a product id and CRLF lines', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('handbook.example.edu.cn');
    expect(text.split('\r\n').length).toBeGreaterThan(20);
  });

  it('has one all-day event per deadline, on the due date', () => {
    expect(events).toHaveLength(april.deadlines.length);
    for (const [i, d] of april.deadlines.entries()) {
      const e = new ICAL.Event(events[i]);
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(d.due);
      expect(e.endDate.toString()).toBe('2022-05-07');
      expect(e.summary).toBe(`报送截止：${d.what}`);
      expect(e.description.split('\n')).toEqual([
        `${d.from}于2022年5月6日前报送${d.what}至组织人事处。`,
        `格式：${d.format}`,
        `https://handbook.example.edu.cn${d.link}`,
        '依据：2022年4月《党组织工作任务和具体要求》',
        'https://handbook.example.edu.cn/notices/2022-04/',
      ]);
      expect(e.uid).toBe(`2022-04-${d.id}@handbook.example.edu.cn`);
      expect(events[i].getFirstPropertyValue('url')).toBe('https://handbook.example.edu.cn/notices/2022-04/');
    }
  });

  it('reminds three days before, at 09:00', () => {
    for (const vevent of events) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
      const start = new ICAL.Event(vevent).startDate.clone();
      start.isDate = false;
      start.addDuration(trigger);
      expect(start.toString()).toBe('2022-05-03T09:00:00');
    }
  });

  it('gives a deadline that falls on the last day of a month its next-day end', () => {
    const d = { ...april.deadlines[0], due: '2022-12-31' };
    const e = new ICAL.Event(new ICAL.Component(ICAL.parse(noticeCalendar({ ...april, deadlines: [d] }, site))).getFirstSubcomponent('vevent')!);
    expect(e.startDate.toString()).toBe('2022-12-31');
    expect(e.endDate.toString()).toBe('2023-01-01');
  });
});

describe('the notice calendar without a site address (no SITE_URL)', () => {
  const bare = noticeCalendar(april, undefined);
  const vevents = new ICAL.Component(ICAL.parse(bare)).getAllSubcomponents('vevent');

  it('has the same events, with no links and no domain', () => {
    expect(vevents).toHaveLength(april.deadlines.length);
    expect(bare).not.toMatch(/https?:|example/);
    for (const [i, d] of april.deadlines.entries()) {
      const e = new ICAL.Event(vevents[i]);
      expect(e.startDate.toString()).toBe(d.due);
      expect(e.uid).toBe(`2022-04-${d.id}@${anonymousHost}`);
      expect(vevents[i].getFirstPropertyValue('url')).toBeNull();
      expect(e.description.split('\n')).toEqual([
        `${d.from}于2022年5月6日前报送${d.what}至组织人事处。`,
        `格式：${d.format}`,
        '依据：2022年4月《党组织工作任务和具体要求》',
      ]);
    }
  });
});
