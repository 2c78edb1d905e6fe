// Loaded on demand (see evidence.tsx): reads this browser's branch books, lets the user pick one
// and the 统计年度, computes each item's evidence from the rules the page carries as data, and
// renders it under the items (into the slots ItemCard leaves) with a button that copies the
// summary into that item's 说明.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Rule } from '../../lib/content/schemas';
import { branchPrefix, branchTitle, pickBook } from '../../lib/records/branch';
import { withEvidence } from '../../lib/records/note';
import { evaluate, evidenceSummary, indexYear, type Evidence } from '../../lib/records/rules';
import { localToday, readBooks } from '../records/books';
import type { PanelProps } from './evidence';

function Box({ name, evidence, copy }: { name: string; evidence: Evidence[]; copy: () => void }) {
  return (
    <section class="ck-evidence no-print" aria-label={`${name} 台账依据`}>
      <ul>{evidence.map((e) => <li key={e.line} data-state={e.state}>{e.line}</li>)}</ul>
      <p class="meta">台账记录仅供参考，是否达标由您判断。</p>
      <button type="button" onClick={copy}>填入说明</button>
    </section>
  );
}

export function EvidencePanel({ org, orgName, date, editNote }: PanelProps) {
  const rules = useMemo(() => JSON.parse(document.getElementById('evidence-rules')?.dataset.rules ?? '{}') as Record<string, Rule[]>, []);
  const [books, setBooks] = useState(readBooks);
  const [chosen, setChosen] = useState('');
  const [year, setYear] = useState(new Date().getFullYear());
  useEffect(() => setYear(date ? Number(date.slice(0, 4)) : new Date().getFullYear()), [date]);
  // Records added in another tab (on /records/) show up here at once.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => (!e.key || e.key.startsWith(branchPrefix)) && setBooks(readBooks());
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  const book = books.find((b) => b.id === chosen) ?? pickBook(books, org, orgName);

  useEffect(() => {
    const ix = book && indexYear(book, year, localToday());
    const slots = document.querySelectorAll<HTMLElement>('.ck-evidence-slot');
    slots.forEach((slot) => {
      const rs = rules[slot.dataset.item!];
      if (!ix || !rs) return render(null, slot);
      const evidence = rs.map((r) => evaluate(r, ix));
      const summary = evidenceSummary(year, evidence);
      render(<Box name={slot.dataset.name!} evidence={evidence} copy={() => editNote(slot.dataset.item!, (note) => withEvidence(note, year, summary))} />, slot);
    });
    return () => slots.forEach((slot) => render(null, slot));
  }, [book, year, rules]);

  if (!book) return null;
  const count = Object.values(book.records).filter((r) => r.date.startsWith(String(year))).length;
  return (
    <fieldset class="ck-evidence-bar no-print">
      <legend>台账依据</legend>
      {books.length > 1 && (
        <>
          <label for="ev-book">台账来源</label>
          <select id="ev-book" value={book.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {books.map((b) => <option key={b.id} value={b.id}>{branchTitle(b)}</option>)}
          </select>
        </>
      )}
      <label for="ev-year">统计年度</label>
      <input id="ev-year" type="number" min="2000" max="2100" value={year}
        onInput={(e) => { const y = e.currentTarget.valueAsNumber; if (y >= 2000 && y <= 2100) setYear(y); }} />
      <p class="meta">依据<a href="/records/">支部工作记录</a>中“{branchTitle(book)}”{year}年的 {count} 条记录和 {Object.keys(book.members).length} 人的名单，逐项显示在有数量要求的条目下。</p>
    </fieldset>
  );
}
