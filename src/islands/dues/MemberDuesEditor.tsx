// One member's dues settings: category and base from a month on (the history is kept, so a raise
// in April leaves January–March as they were), the 预备党员 month, and each month's payment.
import { useState } from 'preact/hooks';
import { memberName, type Member } from '../../lib/records/members';
import { formatYuan, parseYuan } from '../../lib/dues/money';
import { categories, isRated, monthlyDues, type Category } from '../../lib/dues/rules';
import { removeChange, setChange, setPayment, type MemberDues } from '../../lib/dues/schedule';
import type { RollRow } from '../../lib/dues/notice';

interface Props {
  member: Member;
  dues: MemberDues;
  row: RollRow | undefined;
  year: number;
  edit: (change: (m: MemberDues) => MemberDues) => void;
  close: () => void;
}

const monthName = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

export function MemberDuesEditor({ member, dues, row, year, edit, close }: Props) {
  const yearMonths = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const [category, setCategory] = useState<Category>(dues.history[dues.history.length - 1]?.category ?? '在职');
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState(row?.dues.months[0]?.month ?? yearMonths[0]);
  const [error, setError] = useState('');
  const name = memberName(member);
  const needsAmount = isRated(category) || category === '农民';

  function save(e: Event) {
    e.preventDefault();
    let fen = 0;
    if (needsAmount) {
      const p = parseYuan(amount);
      if (!p.ok) return setError(p.message);
      fen = p.fen;
    }
    const d = monthlyDues(category, fen);
    if (!d.ok) return setError(d.message);
    setError('');
    edit((m) => setChange(m, { from, category, fen }));
  }

  const probationOptions = [...new Set(['', ...yearMonths, ...(dues.probationFrom ? [dues.probationFrom] : [])])].sort();
  return (
    <section class="dues-editor" aria-labelledby="dues-editor-h">
      <h3 id="dues-editor-h">{name}的党费设置</h3>
      <form class="dues-pay-row" onSubmit={save}>
        <span>
          <label for="dues-edit-category">党费类别</label>
          <select id="dues-edit-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {categories.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </span>
        {needsAmount && (
          <span>
            <label for="dues-edit-amount">{category === '农民' ? '农民党员交纳金额（元/月）' : '党费基数（元/月）'}</label>
            <input id="dues-edit-amount" type="number" min="0" step="0.01" inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
          </span>
        )}
        <span>
          <label for="dues-edit-from">基数起始月份</label>
          <select id="dues-edit-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
            {yearMonths.map((m) => <option key={m} value={m}>{monthName(m)}</option>)}
          </select>
        </span>
        <button type="submit" class="primary">保存基数</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {dues.history.length > 0 ? (
        <ul class="dues-history">
          {dues.history.map((c) => (
            <li key={c.from}>
              {monthName(c.from)}起：{c.category}{isRated(c.category) ? `，党费基数 ${formatYuan(c.fen)} 元` : c.category === '农民' ? `，每月 ${formatYuan(c.fen)} 元` : ''}
              {' '}
              <button type="button" aria-label={`删除${monthName(c.from)}起的设置`} onClick={() => edit((m) => removeChange(m, c.from))}>删除</button>
            </li>
          ))}
        </ul>
      ) : <p class="meta">还没有设置类别和基数：请选择类别、填写基数和基数起始月份后“保存基数”。基数变化时，从变化的月份起再保存一次。</p>}
      <p>
        <label for="dues-edit-probation">预备党员起始月份（支部大会通过之月）</label>{' '}
        <select id="dues-edit-probation" value={dues.probationFrom ?? ''}
          onChange={(e) => { const v = e.currentTarget.value; edit((m) => { const { probationFrom: _old, ...rest } = m; return v ? { ...rest, probationFrom: v } : rest; }); }}>
          {probationOptions.map((m) => <option key={m} value={m}>{m ? monthName(m) : '不适用'}</option>)}
        </select>
      </p>
      {row && (
        <fieldset>
          <legend>交纳记录（实交金额不填时，按应交金额计）</legend>
          {row.dues.months.map((x) => {
            const label = `${Number(x.month.slice(5))}月`;
            const p = x.payment;
            const set = (patch: { paid?: boolean; fen?: number; date?: string }) =>
              edit((m) => setPayment(m, x.month, { paid: p?.paid ?? false, fen: p?.fen, date: p?.date, ...patch }));
            return (
              <p key={x.month} class="dues-pay-row">
                <label class="check">
                  <input type="checkbox" checked={!!p?.paid} onChange={(e) => set({ paid: e.currentTarget.checked })} />
                  {label}已交
                </label>
                <span>
                  <label for={`dues-paid-${x.month}`}>{label}实交金额（元）</label>
                  <input id={`dues-paid-${x.month}`} type="number" min="0" step="0.01" inputMode="decimal" value={p?.fen === undefined ? '' : formatYuan(p.fen)}
                    onChange={(e) => {
                      const t = e.currentTarget.value;
                      const r = t.trim() ? parseYuan(t) : null;
                      if (r && !r.ok) return setError(`${label}实交金额：${r.message}`);
                      set({ fen: r?.fen, ...(r && { paid: true }) });
                    }} />
                </span>
                <span>
                  <label for={`dues-date-${x.month}`}>{label}交纳日期</label>
                  <input id={`dues-date-${x.month}`} type="date" min="1921-01-01" max="2100-12-31" value={p?.date ?? ''}
                    onChange={(e) => set({ date: e.currentTarget.value, ...(e.currentTarget.value && { paid: true }) })} />
                </span>
              </p>
            );
          })}
        </fieldset>
      )}
      <button type="button" onClick={close}>完成</button>
    </section>
  );
}
