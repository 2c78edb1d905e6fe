// Per category, one bar per item: how many organisations meet it. Numbers are always written out;
// the bars are there to be looked at, so screen readers skip them.
import type { FormSpec } from '../../lib/checklist/checklist';
import { answered, below, share, shareText, type Totals } from '../../lib/summary/stats';

interface Props {
  spec: FormSpec;
  totals: Totals;
  heading: string;
  mark: number;
}

export function CategoryBars({ spec, totals, heading, mark }: Props) {
  return (
    <section class="sm-charts no-print" aria-labelledby="sm-charts-h">
      <h2 id="sm-charts-h">{heading}</h2>
      <p class="meta">每项显示达标的组织数 / 已填的组织数，未填的不计入达标率；达标率低于 {mark}% 的条目标为红色并加“低”字。</p>
      <div class="sm-cat-grid">
        {spec.categories.map((c, ci) => {
          const cat = totals.categories[ci];
          return (
            <section key={c.id} class="sm-cat" aria-labelledby={`sm-cat-${c.id}`}>
              <h3 id={`sm-cat-${c.id}`}>{c.name}{' '}<span class="sm-cat-share">达标 {shareText(cat)}</span></h3>
              <ul>
                {c.items.map((i) => {
                  const t = totals.items.get(i.id)!;
                  const low = below(t, mark);
                  return (
                    <li key={i.id} class={low ? 'sm-low' : undefined}>
                      <span class="sm-iname">{i.name}</span>
                      <span class="sm-bar" aria-hidden="true"><span style={{ width: answered(t) ? `${(t.met * 100) / answered(t)}%` : 0 }} /></span>
                      <span class="sm-n">{t.met}/{answered(t)}{t.blank > 0 && ` 未填 ${t.blank}`}{answered(t) > 0 && ` ${share(t)}`}{low && ' 低'}</span>
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
