// 二、主要做法: one fieldset per practice, numbered （一）（二）… as they stand; add, remove
// (with undo), move up and down. Focus follows the practice that moved or the next one.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addPractice, chineseNumber, insertPractice, movePractice, removePractice, updatePractice, type Practice } from '../../lib/case/report';
import { newId } from '../../lib/storage/drafts';
import type { CaseSession } from '../../stores/case-draft';

export const maxPractices = 50;

interface Props {
  practices: Practice[];
  session: CaseSession | null;
}

export function PracticeList({ practices, session }: Props) {
  const focusId = useRef<string | null>(null);
  const [removed, setRemoved] = useState<{ practice: Practice; index: number } | null>(null);
  // Right after the DOM changes, before the browser's own focus fix-up for a moved or disabled button.
  useLayoutEffect(() => {
    if (focusId.current) document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  });
  const n = practices.length;
  const num = (i: number) => `（${chineseNumber(i + 1)}）`;

  const move = (p: Practice, i: number, delta: -1 | 1) => {
    const j = i + delta;
    focusId.current = `practice-${j}-${j === 0 ? 'down' : j === n - 1 ? 'up' : delta < 0 ? 'up' : 'down'}`;
    session?.edit((d) => movePractice(d, p.id, delta));
  };
  const remove = (p: Practice, i: number) => {
    setRemoved({ practice: p, index: i });
    focusId.current = n > 1 ? `practice-${Math.min(i, n - 2)}-heading` : 'practice-add';
    session?.edit((d) => removePractice(d, p.id));
  };
  const undo = () => {
    if (!removed) return;
    focusId.current = `practice-${removed.index}-heading`;
    session?.edit((d) => insertPractice(d, removed.practice, removed.index));
    setRemoved(null);
  };
  const add = () => {
    focusId.current = `practice-${n}-heading`;
    session?.edit((d) => addPractice(d, newId()));
  };

  return (
    <div class="practices">
      {practices.map((p, i) => (
        <fieldset key={p.id} class="practice">
          <legend>做法{num(i)}</legend>
          <label for={`practice-${i}-heading`}>小标题</label>
          <input id={`practice-${i}-heading`} type="text" maxLength={200} value={p.heading} aria-describedby="practice-hint"
            onInput={(e) => session?.edit((d) => updatePractice(d, p.id, { heading: e.currentTarget.value }))} />
          <label for={`practice-${i}-text`}>内容</label>
          <textarea id={`practice-${i}-text`} rows={6} maxLength={20_000} value={p.text}
            onInput={(e) => session?.edit((d) => updatePractice(d, p.id, { text: e.currentTarget.value }))} />
          <div class="row-actions">
            <button type="button" id={`practice-${i}-up`} disabled={i === 0} onClick={() => move(p, i, -1)}>
              上移<span class="visually-hidden">做法{num(i)}</span>
            </button>
            <button type="button" id={`practice-${i}-down`} disabled={i === n - 1} onClick={() => move(p, i, 1)}>
              下移<span class="visually-hidden">做法{num(i)}</span>
            </button>
            <button type="button" class="danger" onClick={() => remove(p, i)}>
              删除<span class="visually-hidden">做法{num(i)}</span>
            </button>
          </div>
        </fieldset>
      ))}
      <p id="practice-hint" class="hint">小标题不用写编号，（一）（二）……按顺序自动加上。</p>
      <p role="status" class="undo-line">
        {removed && (
          <>
            已删除做法{num(removed.index)}{removed.practice.heading.trim() && `“${removed.practice.heading.trim()}”`}。
            <button type="button" onClick={undo}>撤销删除</button>
          </>
        )}
      </p>
      <button type="button" id="practice-add" onClick={add} disabled={n >= maxPractices}>添加一条做法</button>
    </div>
  );
}
