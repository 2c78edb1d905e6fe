// The summary as spreadsheet rows (CSV), loaded only when an export button is pressed.
import type { FormSpec } from '../checklist/checklist';
import { savedDateTime } from '../content/dates';
import { sourceFiles, type SummaryEntry } from './entries';
import { answered, cellOf, collator, columnLabel, shareText, type Column, type MatrixView } from './stats';

/** The matrix as spreadsheet rows: title, category row, header, one row per organisation, totals. */
export function matrixRows(spec: FormSpec, view: MatrixView, col: Column): string[][] {
  const items = view.categories.flatMap((c) => c.items.map((i) => ({ ...i, category: c.name })));
  const total = spec.categories.reduce((n, c) => n + c.items.length, 0);
  return [
    [`${spec.title}汇总（${columnLabel[col]}）`],
    ['项目', '', '', ...items.map((i) => i.category), '', ''],
    [`${spec.org}名称`, `达标项数（共${total}项）`, '已填项数', ...items.map((i) => i.name), '保存时间', '验收组织'],
    ...view.rows.map(({ entry, tally: t, reviewer }) => [
      entry.draft.orgName, String(t.met), String(answered(t)), ...items.map((i) => cellOf(entry.draft, i.id, col)), savedDateTime(entry.savedAt), reviewer,
    ]),
    [`达标率（达标/已填，共${view.orgs}个${spec.org}）`, '', '', ...items.map((i) => shareText(view.totals.items.get(i.id)!)), '', ''],
  ];
}

const csvTime = (iso: string | undefined) => (iso ? savedDateTime(iso) : '');

/**
 * Everything the summary holds as one long table for a spreadsheet: a row per organisation and
 * item (organisation, form, 申报时间, item, 自评, 上级验收, 说明, 验收结果, reviewer, save times, file),
 * then a row per expected organisation that has not sent its form.
 */
export function fullRows(specs: FormSpec[], entries: SummaryEntry[], notSent: { name: string; form: string; parent: string }[], reviewerOf = (e: SummaryEntry) => e.draft.reviewer ?? ''): string[][] {
  const rows = [['组织名称', '登记表', '报送情况', '申报时间', '项目', '标准条目', '自评是否达标', '上级验收是否达标', '说明', '验收结果', '验收组织', '自评保存时间', '验收保存时间', '文件保存时间', '来自文件']];
  for (const spec of specs)
    for (const e of entries.filter((x) => x.draft.form === spec.form).sort((a, b) => collator.compare(a.draft.orgName, b.draft.orgName))) {
      const d = e.draft;
      for (const c of spec.categories)
        for (const i of c.items) {
          const a = d.answers[i.id] ?? {};
          rows.push([d.orgName, spec.title, '已报送', d.date, c.name, i.name, a.self ?? '未填', a.superior ?? '未填', a.note ?? '', d.result, reviewerOf(e), csvTime(d.selfSavedAt), csvTime(d.reviewSavedAt), csvTime(e.savedAt), sourceFiles(e)]);
        }
    }
  for (const n of notSent) rows.push([n.name, specs.find((s) => s.form === n.form)?.title ?? '', '未报送', '', '', '', '', '', '', '', n.parent, '', '', '', '']);
  return rows;
}
