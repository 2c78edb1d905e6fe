// The ledger as a filed record: what prints. Without JavaScript it is the page itself, blank,
// to print and fill in by hand.
import { chineseDate } from '../../lib/content/dates';
import type { LedgerDraft } from '../../lib/records/ledger';
import type { LedgerTask } from '../../lib/content/tasks';

interface Props {
  draft: LedgerDraft;
  tasks: LedgerTask[];
  sections: string[];
  basis: string;
  monthText: string;
  scope: string;
  progress: string;
  /** Before the ledger can be filled (no JavaScript): empty cells to fill by hand. */
  blank: boolean;
}

export function LedgerPrint({ draft, tasks, sections, basis, monthText, scope, progress, blank }: Props) {
  let n = 0;
  return (
    <div class="ledger-print">
      <p class="form-head">
        <span>组织名称：<span class="fill-line">{draft.orgName.trim() || '　'.repeat(12)}</span>{draft.orgKind && `（${draft.orgKind}）`}</span>
        <span>月份：{monthText}</span>
      </p>
      <p>依据：{basis}{scope}{!blank && `　${progress}`}</p>
      <section class="table-scroll" tabindex={0} aria-label={`${monthText}工作台账（打印版）`}>
        <table class="official-table">
          <colgroup>
            <col class="c-no" /><col class="c-task" /><col class="c-state" /><col class="c-date" /><col class="c-people" /><col class="c-note" />
          </colgroup>
          <thead>
            <tr><th scope="col">序号</th><th scope="col">工作任务</th><th scope="col">完成情况</th><th scope="col">完成日期</th><th scope="col">参加人员</th><th scope="col">备注</th></tr>
          </thead>
          {sections.map((s) => {
            const rows = tasks.filter((t) => t.section === s);
            if (rows.length === 0) return null;
            return (
              <tbody key={s}>
                <tr><th scope="colgroup" colSpan={6} class="category">{s}</th></tr>
                {rows.map((t) => {
                  const e = draft.entries[t.id] ?? {};
                  return (
                    <tr key={t.id}>
                      <td>{++n}</td>
                      <th scope="row">{t.title}{t.who !== '全体' && `（${t.who}）`}</th>
                      <td>{blank ? '' : e.done ? '已完成' : '未完成'}</td>
                      <td>{e.date ? chineseDate(e.date) : ''}</td>
                      <td>{e.participants}</td>
                      <td>{e.note}</td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </section>
    </div>
  );
}
