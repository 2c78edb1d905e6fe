// Loaded on demand by the ledger when this browser holds a branch book: under each task a record
// type can do (召开一次党员大会 ↔ 支部党员大会), the book's records of that type in the notice's
// period, each with a button that ticks the task from it. Rendered into the slots LedgerItem leaves.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pickBook } from '../../lib/records/branch';
import { branchPrefix } from '../../lib/records/keys';
import { matchingRecords, recordLabel, tickFromRecord } from '../../lib/records/ledger-records';
import type { LedgerDraft } from '../../lib/records/ledger';
import type { LedgerTask } from '../../lib/content/tasks';
import { readBooks } from '../records/books';

export interface LinkProps {
  tasks: LedgerTask[];
  period: { from: string; to: string };
  orgName: string;
  orgKind: string;
  edit: (change: (d: LedgerDraft) => LedgerDraft) => void;
}

export function RecordsLink({ tasks, period, orgName, orgKind, edit }: LinkProps) {
  const [books, setBooks] = useState(readBooks);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => (!e.key || e.key.startsWith(branchPrefix)) && setBooks(readBooks());
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  const book = pickBook(books, orgKind, orgName);
  useEffect(() => {
    const slots = document.querySelectorAll<HTMLElement>('.ledger-records-slot');
    slots.forEach((slot) => {
      const task = tasks.find((t) => t.id === slot.dataset.task);
      const found = book && task?.recordType ? matchingRecords(book.records, task.recordType, period) : [];
      if (!task || found.length === 0) return render(null, slot);
      render(
        <div class="ledger-records">
          <p>支部工作记录中有：</p>
          <ul>
            {found.map((r) => (
              <li key={r.id}>
                {recordLabel(r)}（实到 {r.attendees.length} 人）
                <button type="button" onClick={() => edit((d) => tickFromRecord(d, task.id, r))} aria-label={`据此勾选“${task.title}”：${recordLabel(r)}`}>据此勾选</button>
              </li>
            ))}
          </ul>
        </div>,
        slot,
      );
    });
    return () => slots.forEach((slot) => render(null, slot));
  }, [book, tasks]);
  return null;
}
