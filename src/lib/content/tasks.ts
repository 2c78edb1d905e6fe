// The month's tasks and deadlines as the ledger, the deadline lists and the calendar use them,
// derived once from a notice's frontmatter.
import { chineseDate } from './dates';
import { noticePath, sections } from './notices';
import type { Deadline, Notice, Task } from './schemas';

export type Section = (typeof sections)[number];

/** One row of the work ledger: a task with where the notice says it and what is due with it. */
export interface LedgerTask {
  id: string;
  section: Section;
  title: string;
  who: Task['who'];
  /** The task's paragraph in the notice. */
  href: string;
  due?: { date: string; text: string; what: string };
  /** Records of this type in the notice's period can tick it (see recordPeriod). */
  recordType?: Task['recordType'];
}

export function ledgerTasks(n: Pick<Notice, 'month' | 'tasks' | 'deadlines'>): LedgerTask[] {
  const byId = new Map(n.deadlines.map((d) => [d.id, d]));
  const order = (t: Task) => sections.indexOf(t.section);
  // Stable sort: the notice's own order within a section.
  return [...n.tasks]
    .sort((a, b) => order(a) - order(b))
    .map((t) => {
      const d = t.deadline ? byId.get(t.deadline) : undefined;
      return {
        id: t.id,
        section: t.section,
        title: t.title,
        who: t.who,
        href: `${noticePath(n.month)}#${t.anchor}`,
        ...(d && { due: { date: d.due, text: chineseDate(d.due), what: d.what } }),
        ...(t.recordType && { recordType: t.recordType }),
      };
    });
}

/**
 * The days a notice's tasks are done in: from the first of its month to its last deadline, or to
 * the month's end if that is later (a notice of late April sets deadlines in early May).
 */
export function recordPeriod(n: Pick<Notice, 'month' | 'deadlines'>): { from: string; to: string } {
  const [y, m] = n.month.split('-').map(Number);
  const monthEnd = `${n.month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return { from: `${n.month}-01`, to: n.deadlines.reduce((last, d) => (d.due > last ? d.due : last), monthEnd) };
}

/** A deadline with its date written out and the tasks that lead to it. */
export interface DeadlineRow extends Deadline {
  dueText: string;
  tasks: { title: string; href: string }[];
}

/** Deadlines soonest first; equal dates keep the notice's order. */
export function deadlineRows(n: Pick<Notice, 'month' | 'tasks' | 'deadlines'>): DeadlineRow[] {
  return [...n.deadlines]
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((d) => ({
      ...d,
      dueText: chineseDate(d.due),
      tasks: n.tasks.filter((t) => t.deadline === d.id).map((t) => ({ title: t.title, href: `${noticePath(n.month)}#${t.anchor}` })),
    }));
}

/** The build's day (YYYY-MM-DD, UTC): static pages mark a deadline before it （已截止）. */
export const buildDay = () => new Date().toISOString().slice(0, 10);

/** Whether every deadline is before `today` (YYYY-MM-DD); string order is date order. */
export function allPast(deadlines: Pick<Deadline, 'due'>[], today: string): boolean {
  return deadlines.every((d) => d.due < today);
}

/** The first deadline on or after `today`, if any. */
export function nextDeadline<T extends Pick<Deadline, 'due'>>(deadlines: T[], today: string): T | undefined {
  return [...deadlines].sort((a, b) => a.due.localeCompare(b.due)).find((d) => d.due >= today);
}

export const tasksPath = (month: string) => `/tasks/${month}/`;
export const calendarPath = (month: string) => `/notices/${month}.ics`;
