// The dues calculator: pick a category, type a base (or build it from a pay slip), read the
// monthly dues and the rule behind them. Nothing typed here is stored anywhere.
import { useState } from 'preact/hooks';
import { formatRate, formatYuan, parseYuan } from '../../lib/dues/money';
import { buildBase } from '../../lib/dues/pay';
import { categories, isRated, monthlyDues, rules, type Category } from '../../lib/dues/rules';

const deductionNames = [...rules.deductions.always, ...rules.deductions.optional];

export default function Calculator() {
  const [category, setCategory] = useState<Category>('在职');
  const [baseText, setBaseText] = useState('');
  const [amountText, setAmountText] = useState('');
  const [pay, setPay] = useState<[string, string][]>([['', ''], ['', '']]);
  const [deducted, setDeducted] = useState<string[]>([...rules.deductions.always]);
  const [deductionAmounts, setDeductionAmounts] = useState<Record<string, string>>({});

  const built = category === '在职' ? buildBase(pay, deducted.map((n) => [n, deductionAmounts[n] ?? ''])) : null;
  const fromSlip = built?.ok === true;
  const shownBase = fromSlip ? formatYuan(built.baseFen) : baseText;

  let result: { text: string; rule: string } | { error: string } | null = null;
  if (built && !built.ok) result = { error: built.message };
  else if (isRated(category)) {
    const p = fromSlip ? { ok: true as const, fen: built.baseFen } : baseText.trim() ? parseYuan(baseText) : null;
    if (p && !p.ok) result = { error: `计算基数：${p.message}` };
    else if (p) {
      const d = monthlyDues(category, p.fen);
      if (d.ok) result = { text: `每月应交党费 ${formatYuan(d.fen)} 元（按 ${formatRate(d.rateBp!)} 计：${formatYuan(p.fen)} 元 × ${formatRate(d.rateBp!)}）`, rule: d.rule };
    }
  } else if (category === '农民') {
    const p = amountText.trim() ? parseYuan(amountText) : null;
    const d = p?.ok ? monthlyDues(category, p.fen) : null;
    if (p && !p.ok) result = { error: `每月交纳金额：${p.message}` };
    else if (d && !d.ok) result = { error: d.message };
    else if (d?.ok) result = { text: `每月应交党费 ${formatYuan(d.fen)} 元（农民党员，按填写的金额）`, rule: d.rule };
  } else {
    const d = monthlyDues(category, 0);
    if (d.ok) result = { text: `每月应交党费 ${formatYuan(d.fen)} 元（固定金额，与计算基数无关）`, rule: d.rule };
  }

  const setPayItem = (i: number, j: 0 | 1, value: string) => setPay(pay.map((row, k) => (k === i ? (j === 0 ? [value, row[1]] : [row[0], value]) : row)));

  return (
    <div class="dues-calc">
      <div class="dues-fields">
        <p>
          <label for="dues-category">人员类别</label>
          <select id="dues-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {categories.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </p>
        <p>
          <label for="dues-base">计算基数</label>
          <span class="dues-unit">
            <input id="dues-base" type="number" min="0" step="0.01" inputMode="decimal" value={shownBase} readOnly={fromSlip}
              aria-describedby="dues-base-unit" onInput={(e) => setBaseText(e.currentTarget.value)} />
            <span id="dues-base-unit">元/月{fromSlip && '（由下方工资明细算出）'}</span>
          </span>
        </p>
        {category === '农民' && (
          <p>
            <label for="dues-amount">每月交纳金额</label>
            <span class="dues-unit">
              <input id="dues-amount" type="number" min="0.2" max="1" step="0.01" inputMode="decimal" value={amountText}
                aria-describedby="dues-amount-unit" onInput={(e) => setAmountText(e.currentTarget.value)} />
              <span id="dues-amount-unit">元（0.20–1.00 元）</span>
            </span>
          </p>
        )}
      </div>
      {isRated(category) && <p class="meta">计算基数：{rules.rated[category].base}。</p>}

      <output for="dues-category dues-base" class="dues-result">
        {result === null ? '填写计算基数后，这里显示每月应交党费。'
          : 'error' in result ? <span class="error">{result.error}</span>
          : <><strong>{result.text}</strong><br /><span class="dues-rule">依据：{result.rule}</span></>}
      </output>

      {category === '在职' && (
        <details class="dues-slip">
          <summary>按工资明细计算基数（可选）</summary>
          <fieldset>
            <legend>工资项目</legend>
            {pay.map(([name, amount], i) => (
              <p key={i} class="dues-pay-row">
                <span>
                  <label for={`dues-pay-name-${i}`}>项目{i + 1}名称</label>
                  <input id={`dues-pay-name-${i}`} type="text" value={name} maxLength={30} onInput={(e) => setPayItem(i, 0, e.currentTarget.value)} />
                </span>
                <span>
                  <label for={`dues-pay-${i}`}>项目{i + 1}金额（元）</label>
                  <input id={`dues-pay-${i}`} type="number" min="0" step="0.01" inputMode="decimal" value={amount} onInput={(e) => setPayItem(i, 1, e.currentTarget.value)} />
                </span>
              </p>
            ))}
            <button type="button" onClick={() => setPay([...pay, ['', '']])} disabled={pay.length >= 12}>添加工资项目</button>
          </fieldset>
          <fieldset>
            <legend>扣除项（个人所得税必扣，其余按本地规定勾选）</legend>
            {deductionNames.map((n) => {
              const always = rules.deductions.always.includes(n);
              const on = deducted.includes(n);
              return (
                <p key={n} class="dues-pay-row">
                  <label class="check">
                    <input type="checkbox" checked={on} disabled={always}
                      onChange={(e) => setDeducted(e.currentTarget.checked ? deductionNames.filter((x) => x === n || deducted.includes(x)) : deducted.filter((x) => x !== n))} />
                    扣除{n}
                  </label>
                  {on && (
                    <span>
                      <label for={`dues-off-${n}`}>{n}金额（元）</label>
                      <input id={`dues-off-${n}`} type="number" min="0" step="0.01" inputMode="decimal" value={deductionAmounts[n] ?? ''}
                        onInput={(e) => setDeductionAmounts({ ...deductionAmounts, [n]: e.currentTarget.value })} />
                    </span>
                  )}
                </p>
              );
            })}
          </fieldset>
          {built?.ok && (
            <table class="dues-lines">
              <caption>计算基数的算法</caption>
              <tbody>
                {built.lines.map((l, i) => (
                  <tr key={i} class={l.label === '计算基数' || l.label === '工资收入合计' ? 'total' : undefined}>
                    <th scope="row">{l.label}</th>
                    <td>{formatYuan(l.fen)} 元</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
    </div>
  );
}
