// Pure helpers over notice data: ordering, grouping, sections.
import type { Task } from './schemas';

export const sections = ['理论学习', '组织生活', '重点工作'] as const;

/** Newest month first; months are YYYY-MM so string order is date order. */
export function newestFirst<T extends { data: { month: string } }>(notices: T[]): T[] {
  return [...notices].sort((a, b) => b.data.month.localeCompare(a.data.month));
}

/** Tasks grouped by the notice's sections, in the notice's order; empty sections dropped. */
export function tasksBySection(tasks: Task[]): { section: string; tasks: Task[] }[] {
  return sections
    .map((section) => ({ section, tasks: tasks.filter((t) => t.section === section) }))
    .filter((g) => g.tasks.length > 0);
}

export const noticePath = (month: string) => `/notices/${month}/`;
