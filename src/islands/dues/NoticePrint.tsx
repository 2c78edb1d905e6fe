// The half-year 公示 as it prints on A4: title, every member's months (owed / paid), totals, the
// rule and deduction setting, the date and a line for the 支部书记. The same rows as the exports.
interface Props {
  rows: string[][];
}

/** 15.00/15.00 may wrap after its “/” where the paper is too narrow for a line; an amount never does. */
const amounts = (c: string) => c.split('/').flatMap((part, i) => (i ? [<>/<wbr /></>, part] : [part]));

export function NoticePrint({ rows }: Props) {
  const [title, head, ...rest] = rows;
  const end = rest.findIndex((r) => r.length === 0);
  const body = rest.slice(0, end);
  const notes = rest.slice(end + 1);
  const total = body[body.length - 1];
  return (
    <section class="dues-notice" aria-label="党费收缴情况公示（打印版）">
      <h2>{title[0]}</h2>
      <table>
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {body.slice(0, -1).map((r) => <tr key={r[0]}>{r.map((c, i) => <td key={i}>{amounts(c)}</td>)}</tr>)}
        </tbody>
        <tfoot>
          <tr>{total.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i}>{amounts(c)}</td>))}</tr>
        </tfoot>
      </table>
      <p class="meta">每月一栏为“应交 / 实交”，“—”表示该月不需交纳。</p>
      {notes.map((n) => <p key={n[0]}>{n[0]}{n[0].startsWith('支部书记') && <span class="sign-line" />}</p>)}
    </section>
  );
}
