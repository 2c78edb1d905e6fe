// The phone view: one card per organisation with its counts and the items it has not met.
import type { FormSpec } from '../../lib/checklist/checklist';
import { cellOf, type Column, type MatrixView } from '../../lib/summary/stats';

interface Props {
  spec: FormSpec;
  view: MatrixView;
  col: Column;
  onOpen: (id: string) => void;
}

export function OrgCards({ spec, view, col, onOpen }: Props) {
  const items = view.categories.flatMap((c) => c.items);
  const total = spec.categories.reduce((n, c) => n + c.items.length, 0);
  return (
    <ul class="sm-cards">
      {view.rows.map(({ entry, tally }) => {
        const where = (cell: string) => items.filter((i) => cellOf(entry.draft, i.id, col) === cell).map((i) => i.name);
        const unmet = where('未达标');
        const blank = where('未填');
        return (
          <li key={entry.id}>
            <h3><button type="button" class="sm-link" id={`o-${entry.id}`} onClick={() => onOpen(entry.id)}>{entry.draft.orgName}</button></h3>
            <p>达标 {tally.met} · 未达标 {tally.unmet} · 未填 {tally.blank}（共 {total} 项）</p>
            <span class="sm-bar" aria-hidden="true"><span style={{ width: `${(tally.met * 100) / total}%` }} /></span>
            {unmet.length > 0 && <p class="sm-unmet-list">未达标：{unmet.join('、')}</p>}
            {blank.length > 0 && <p>未填：{blank.join('、')}</p>}
          </li>
        );
      })}
    </ul>
  );
}
