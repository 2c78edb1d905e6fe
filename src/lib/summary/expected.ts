// The organisations the 组织人事处 expects forms from, pasted once (one a line, optionally followed
// by the 党总支 that reviews it) and kept in this browser, so the summary can name who has not sent
// a form yet (未报送) and group branches by their 党总支 even before any file arrives.
import * as v from 'valibot';
import type { ChecklistDraft } from '../checklist/checklist';
import { isWellFormed, wellFormedText } from '../storage/checks';
import type { RecordSpec } from '../storage/envelope';
import { entryId, type SummaryEntry } from './entries';

export interface Expected {
  name: string;
  form: ChecklistDraft['form'];
  /** The reviewing 党总支 given on the line, or ''. */
  parent: string;
}

export const expectedKey = 'handbook:summary-expected';
export const maxExpected = 2000;
export const expectedSpec: RecordSpec<{ text: string }> = { version: 1, schema: v.object({ text: wellFormedText(200_000) }) };

/** 党总支 by name (物理学院党总支); everything else is a branch. */
export const formOfName = (name: string): Expected['form'] => (/总支$/.test(name) ? 'zongzhi' : 'zhibu');

/**
 * Lines of "组织名称" or "组织名称 所属党总支" (tab, comma or spaces between), as typed or pasted
 * from a spreadsheet. Blank lines and repeats are skipped; lines with broken characters are reported.
 */
export function parseExpected(text: string): { list: Expected[]; problems: string[] } {
  const list: Expected[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const [name = '', parent = ''] = line.trim().split(/\s*[\t,，、]\s*|\s{2,}|\s+(?=\S*总支$)/).map((s) => s.trim());
    if (!name) return;
    if (!isWellFormed(line)) return problems.push(`第 ${i + 1} 行含有无法识别的字符，已跳过。`);
    if (name.length > 100 || parent.length > 100) return problems.push(`第 ${i + 1} 行太长（组织名称最多 100 字），已跳过。`);
    if (list.length >= maxExpected) return problems.push(`名单最多 ${maxExpected} 个组织，第 ${i + 1} 行起没有读入。`);
    const e: Expected = { name, form: formOfName(name), parent };
    const id = entryId({ form: e.form, orgName: name });
    if (seen.has(id)) return;
    seen.add(id);
    list.push(e);
  });
  return { list, problems: problems.slice(0, 5) };
}

/** Expected organisations of a form with no entry yet. */
export function notSent(expected: Expected[], entries: ReadonlyMap<string, SummaryEntry>, form: Expected['form']): Expected[] {
  return expected.filter((e) => e.form === form && !entries.has(entryId({ form, orgName: e.name })));
}

/** Who reviews an organisation: the reviewer its form names, else the 党总支 the list gives, else ''. */
export function reviewerOf(entry: SummaryEntry, expected: Expected[]): string {
  const named = entry.draft.reviewer?.trim();
  if (named) return named;
  return expected.find((e) => e.form === entry.draft.form && entryId({ form: e.form, orgName: e.name }) === entry.id)?.parent ?? '';
}
