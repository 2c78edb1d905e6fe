// The summary matrix: organisations as rows, the form's items (grouped by category) as columns.
// Header and first column stay in view while scrolling; the header row repeats on printed pages.
import type { FormSpec } from '../../lib/checklist/checklist';
import { answered, below, cellOf, share, shareCounts, type Cell, type Column, type MatrixView } from '../../lib/summary/stats';

const cellClass: Record<Cell, string> = { 达标: 'sm-met', 未达标: 'sm-unmet', 未填: 'sm-blank' };

interface Props {
  spec: FormSpec;
  view: MatrixView;
  col: Column;
  caption: string;
  /** Items met by fewer than this share are marked. */
  mark: number;
  onOpen: (id: string) => void;
}

export function Matrix({ spec, view, col, caption, mark, onOpen }: Props) {
  const items = view.categories.flatMap((c) => c.items);
  // A category name wider than its columns wraps; the sticky item row sits below the taller row.
  const tall = view.categories.some((c) => c.name.length > c.items.length * 4);
  return (
    <section class="sm-scroll" tabindex={0} aria-label={`${spec.org}汇总表`}>
      {/* Fixed layout with set column widths: the browser sizes 200 rows without measuring every cell. */}
      <table class="sm-matrix" style={{ '--sm-items': items.length, '--sm-cat-h': tall ? '3.6rem' : '2.2rem' }}>
        <caption>{caption}</caption>
        <colgroup><col class="sm-c-org" /><col class="sm-c-count" /></colgroup>
        {view.categories.map((c) => <colgroup key={c.id}>{c.items.map((i) => <col key={i.id} class="sm-c-item" />)}</colgroup>)}
        <thead>
          <tr class="sm-cats">
            <th scope="col" rowSpan={2} class="sm-org">{spec.org}名称</th>
            <th scope="col" rowSpan={2} class="sm-count">达标 / 已填</th>
            {view.categories.map((c) => <th key={c.id} scope="colgroup" colSpan={c.items.length}>{c.name}</th>)}
          </tr>
          <tr class="sm-items">
            {items.map((i) => <th key={i.id} scope="col">{i.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {view.rows.map(({ entry, tally }) => (
            <tr key={entry.id}>
              <th scope="row" class="sm-org">
                <button type="button" class="sm-link" id={`o-${entry.id}`} onClick={() => onOpen(entry.id)}>{entry.draft.orgName}</button>
              </th>
              <td class="sm-count">{tally.met} / {answered(tally)}</td>
              {items.map((i) => {
                const c = cellOf(entry.draft, i.id, col);
                return <td key={i.id} class={cellClass[c]}>{c}</td>;
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" class="sm-org">达标率（达标/已填）</th>
            <td class="sm-count">共 {view.orgs} 个</td>
            {items.map((i) => {
              const t = view.totals.items.get(i.id)!;
              return <td key={i.id} class={below(t, mark) ? 'sm-low' : undefined}>{share(t)}{shareCounts(t).map((c) => <span key={c} class="sm-of">{c}</span>)}</td>;
            })}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
