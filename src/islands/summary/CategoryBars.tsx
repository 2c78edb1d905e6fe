// Per category, one bar per item: how many organisations meet it. Numbers are always written out;
// the bars are there to be looked at, so screen readers skip them.
import type { FormSpec } from '../../lib/checklist/checklist';
import { below, share, type Totals } from '../../lib/summary/stats';

interface Props {
  spec: FormSpec;
  totals: Totals;
  orgs: number;
  heading: string;
  mark: number;
}

export function CategoryBars({ spec, totals, orgs, heading, mark }: Props) {
  return (
    <section class="sm-charts no-print" aria-labelledby="sm-charts-h">
      <h2 id="sm-charts-h">{heading}</h2>
      <p class="meta">每项显示达标的组织数；达标率低于 {mark}% 的条目标为红色并加“低”字。</p>
      <div class="sm-cat-grid">
        {spec.categories.map((c, ci) => {
          const cat = totals.categories[ci];
          return (
            <section key={c.id} class="sm-cat" aria-labelledby={`sm-cat-${c.id}`}>
              <h3 id={`sm-cat-${c.id}`}>{c.name}{' '}<span class="sm-cat-share">达标 {share(cat.met, cat.cells)}</span></h3>
              <ul>
                {c.items.map((i) => {
                  const t = totals.items.get(i.id)!;
                  const low = below(t, orgs, mark);
                  return (
                    <li key={i.id} class={low ? 'sm-low' : undefined}>
                      <span class="sm-iname">{i.name}</span>
                      <span class="sm-bar" aria-hidden="true"><span style={{ width: orgs ? `${(t.met * 100) / orgs}%` : 0 }} /></span>
                      <span class="sm-n">{t.met}/{orgs}{low && ' 低'}</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
