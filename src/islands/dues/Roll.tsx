// The branch's dues roll (党费台账) on the shared branch draft (the same drafts and member list as
// /records/): the deduction setting, each party member's months for a half-year with 已交 ticks,
// totals, one member's settings at a time, and the 公示 printed or exported as CSV / .xlsx.
import { useEffect, useState } from 'preact/hooks';
import { toCsv } from '../../lib/storage/csv';
import { backupFileName } from '../../lib/storage/backup';
import { $profile, rememberByDefault } from '../../lib/storage/profile';
import { branchBackup, branchTitle, emptyBranch, exportNote, setMembers, type BranchDraft } from '../../lib/records/branch';
import { memberName, type Members } from '../../lib/records/members';
import { formatYuan } from '../../lib/dues/money';
import { optionalDeductions } from '../../lib/dues/kinds';
import { isRated } from '../../lib/dues/rules';
import { emptyMemberDues, setPayment, type BranchDues, type MemberDues } from '../../lib/dues/schedule';
import { duesOf, halfLabel, noticeRows, roll, withNoticeRecord, type Half } from '../../lib/dues/notice';
import { DraftBar } from '../drafts/DraftBar';
import { download } from '../drafts/download';
import { OrgFields } from '../ledger/OrgFields';
import { MemberList } from '../records/MemberList';
import { useBranch } from '../records/useBranch';
import { MemberDuesEditor } from './MemberDuesEditor';
import { NoticePrint } from './NoticePrint';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function Roll() {
  const [session, state] = useBranch();
  const [today, setToday] = useState('');
  const [year, setYear] = useState(0);
  const [half, setHalf] = useState<Half>(1);
  const [editing, setEditing] = useState<string | null>(null);
  const [withBase, setWithBase] = useState(false);
  const [record, setRecord] = useState(true);
  const [exportError, setExportError] = useState('');
  useEffect(() => {
    const t = localToday();
    setToday(t);
    setYear(Number(t.slice(0, 4)));
    setHalf(Number(t.slice(5, 7)) <= 6 ? 1 : 2);
  }, []);

  const draft = state?.current ?? emptyBranch('ssr');
  // The list opens by itself only for a branch without members; after that it is the user's call.
  const [membersOpen, setMembersOpen] = useState(false);
  useEffect(() => setMembersOpen(Object.keys(draft.members).length === 0), [draft.id]);
  const off = !session || !year;
  const edit = (change: (d: BranchDraft) => BranchDraft) => session?.edit(change);
  const editDues = (change: (d: BranchDues) => BranchDues) => edit((d) => ({ ...d, dues: change(duesOf(d)) }));
  const editMember = (id: string) => (change: (m: MemberDues) => MemberDues) =>
    editDues((d) => ({ ...d, members: { ...d.members, [id]: change(d.members[id] ?? emptyMemberDues()) } }));
  const dues = duesOf(draft);
  const r = roll(draft, year || 2000, half);
  const rows = noticeRows(draft, r, today || '2000-01-01', withBase);
  const editingMember = editing ? draft.members[editing] : undefined;

  /** Printing or exporting a 公示 can leave a 党费公示 record for the 登记表's evidence. */
  function published() {
    if (record) edit((d) => withNoticeRecord(d, year, half, today));
    session?.flush();
  }
  const fileName = (ext: string) => backupFileName(draft.orgName || branchTitle(draft), `党费公示${year}年${halfLabel(half)}`, `${today}T`, ext);
  function print() {
    published();
    window.print();
  }
  function csv() {
    published();
    download(toCsv(rows), fileName('csv'), 'text/csv;charset=utf-8');
  }
  async function xlsx() {
    setExportError('');
    try {
      const { noticeXlsx } = await import('../../lib/dues/xlsx');
      const blob = await noticeXlsx(rows);
      published();
      download(blob, fileName('xlsx'));
    } catch {
      setExportError('未能生成 Excel 文件（可能是网络中断，未能载入表格组件）。请刷新页面后重试，或先导出 CSV。');
    }
  }

  const years = year ? [year - 2, year - 1, year, year + 1] : [];
  return (
    <div class="dues-roll">
      <div class="no-print">
        <DraftBar session={session} state={state} title={branchTitle} detail={(d) => (d.label ? d.orgName : '')} backup={branchBackup} exportNote={exportNote(draft)} />
        <OrgFields key={session ? draft.id : 'ssr'} draft={draft} disabled={off} edit={edit}
          rememberAtFirst={rememberByDefault($profile.get(), { name: draft.orgName, kind: draft.orgKind })} />
        <details class="dues-members records" open={membersOpen} onToggle={(e) => setMembersOpen(e.currentTarget.open)}>
          <summary>党员名单（与支部工作记录共用同一份名单）</summary>
          <p class="meta">这份名单也在<a href="/records/">支部工作记录</a>页面使用，在哪里修改都一样。</p>
          <MemberList members={draft.members} disabled={off} edit={(change: (ms: Members) => Members) => edit((d) => setMembers(d, change(d.members)))} />
        </details>
        <fieldset class="dues-inline" disabled={off}>
          <legend>本支部计算基数的扣除项（个人所得税一律扣除；其余按本地规定勾选，印在公示上）</legend>
          {optionalDeductions.map((n) => (
            <label key={n} class="check">
              <input type="checkbox" checked={dues.deductions.includes(n)}
                onChange={(e) => { const on = e.currentTarget.checked; editDues((d) => ({ ...d, deductions: optionalDeductions.filter((x) => (x === n ? on : d.deductions.includes(x))) })); }} />
              {n}
            </label>
          ))}
        </fieldset>
        <fieldset class="dues-inline" disabled={off}>
          <legend>期间</legend>
          <label for="dues-year">年份</label>
          <select id="dues-year" value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            {years.map((y) => <option key={y} value={y}>{y}年</option>)}
          </select>
          {([1, 2] as Half[]).map((h) => (
            <label key={h} class="check"><input type="radio" name="dues-half" checked={half === h} onChange={() => setHalf(h)} />{halfLabel(h)}</label>
          ))}
        </fieldset>

        <div class="table-scroll" tabIndex={0} role="region" aria-label="党费台账">
          <table class="dues-table">
            <caption>{year ? `${year}年${halfLabel(half)}党费台账（每月：应交金额，勾选“已交”）` : '党费台账'}</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">类别 · 基数</th>
                {r.months.map((m) => <th key={m} scope="col">{Number(m.slice(5))}月</th>)}
                <th scope="col">应交合计</th>
                <th scope="col">实交合计</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => {
                const name = memberName(row.member);
                const last = [...row.dues.months].reverse().find((x) => x.dues.due)?.dues;
                return (
                  <tr key={row.member.id}>
                    <th scope="row">
                      {name}{row.member.category === '预备党员' && <span class="tag">预备</span>}{' '}
                      <button type="button" aria-label={`设置${name}`} disabled={off} onClick={() => setEditing(row.member.id)}>设置</button>
                    </th>
                    <td>{last?.due ? `${last.change.category}${isRated(last.change.category) ? ` ${formatYuan(last.change.fen)}` : ''}` : <span class="meta">未设置</span>}</td>
                    {row.dues.months.map((x) => {
                      const owed = x.dues.due && x.dues.ok ? formatYuan(x.dues.fen) : null;
                      const differs = x.payment?.paid && owed !== formatYuan(x.paidFen);
                      return (
                        <td key={x.month} class={x.payment?.paid ? 'is-paid' : undefined}>
                          <span class="owed">{owed ?? (x.dues.due ? '—' : <span class="meta">{x.dues.reason}</span>)}</span>
                          {(owed || x.payment?.paid) && (
                            <label class="check">
                              <input type="checkbox" checked={!!x.payment?.paid} disabled={off} aria-label={`${name}${Number(x.month.slice(5))}月已交`}
                                onChange={(e) => { const paid = e.currentTarget.checked; editMember(row.member.id)((m) => setPayment(m, x.month, { ...m.payments[x.month], paid })); }} />
                              已交
                            </label>
                          )}
                          {differs && <span class="meta">实交 {formatYuan(x.paidFen)}</span>}
                        </td>
                      );
                    })}
                    <td>{formatYuan(row.dues.dueFen)}</td>
                    <td>{formatYuan(row.dues.paidFen)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">合计</th>
                <td />
                {r.months.map((m, i) => <td key={m}>应交 {formatYuan(r.monthDue[i])}<br />实交 {formatYuan(r.monthPaid[i])}</td>)}
                <td>{formatYuan(r.dueFen)}</td>
                <td>{formatYuan(r.paidFen)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        {r.rows.length === 0 && <p class="meta">名单中还没有这一期间在支部的正式党员或预备党员。请在上方“党员名单”中添加。</p>}
        {editingMember && (
          <MemberDuesEditor key={editingMember.id} member={editingMember} dues={dues.members[editingMember.id] ?? emptyMemberDues()}
            row={r.rows.find((x) => x.member.id === editingMember.id)} year={year} edit={editMember(editingMember.id)} close={() => setEditing(null)} />
        )}

        <section aria-labelledby="dues-notice-h">
          <h2 id="dues-notice-h">党费收缴情况公示</h2>
          <p class="meta">每半年（6 月、12 月）公布一次。公示和导出的表格只有姓名和每月应交、实交金额，不含收入，除非勾选下面第一项。</p>
          <label class="check">
            <input type="checkbox" checked={withBase} disabled={off} onChange={(e) => setWithBase(e.currentTarget.checked)} />
            公示中列出党费基数（收入）
          </label>
          <label class="check">
            <input type="checkbox" checked={record} disabled={off} onChange={(e) => setRecord(e.currentTarget.checked)} />
            打印或导出时，在支部工作记录中记一条“党费公示”
          </label>
          <p class="dues-actions">
            <button type="button" class="primary" disabled={off} onClick={print}>打印公示</button>
            <button type="button" disabled={off} onClick={csv}>导出公示（CSV）</button>
            <button type="button" disabled={off} onClick={xlsx}>导出公示（Excel）</button>
          </p>
          {exportError && <p class="error" role="alert">{exportError}</p>}
        </section>
      </div>
      {year > 0 && <NoticePrint rows={rows} />}
    </div>
  );
}
