// The list of organisations expected to send a form: pasted once, kept in this browser, so the
// summary can say who has not sent one yet (未报送) and which 党总支 reviews each branch.
import { useState } from 'preact/hooks';

interface Props {
  text: string;
  news: string | null;
  onSave: (text: string) => void;
}

export function ExpectedPanel({ text, news, onSave }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const lines = text.split('\n').filter((l) => l.trim()).length;
  return (
    <>
      <details class="sm-expected no-print" open={!text || draft !== null}>
        <summary>应报送的组织名单{lines ? `（${lines} 行）` : '（未填写）'}</summary>
        <p class="meta">每行一个组织，党支部后面可以写它的党总支（用 Tab、逗号或两个空格隔开），可以直接从 Excel 复制两列粘贴。名单保存在这个浏览器里，用来列出还没有报送的组织。</p>
        <label for="sm-expected-text">组织名单</label>
        <textarea id="sm-expected-text" rows={5} value={draft ?? text} onInput={(e) => setDraft(e.currentTarget.value)} placeholder={'物理系党支部\t理学院党总支\n理学院党总支'} />
        <button type="button" disabled={draft === null || draft === text} onClick={() => { onSave(draft ?? text); setDraft(null); }}>保存名单</button>
      </details>
      <p class="sm-expected-news no-print" aria-live="polite">{news}</p>
    </>
  );
}
