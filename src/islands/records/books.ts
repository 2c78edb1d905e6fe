// The branch books this browser holds, for pages that only read them (the 登记表's evidence, the
// month's ledger). Unreadable ones are skipped here; /records/ reports and keeps them.
import { branchPrefix, branchSpec, type BranchDraft } from '../../lib/records/branch';
import { draftRepo } from '../../lib/storage/drafts';
import { browserStorage } from '../drafts/useSession';

export function readBooks(): BranchDraft[] {
  return draftRepo(browserStorage(), branchPrefix, branchSpec).list().drafts.map((s) => s.data);
}

/** Today in the reader's own zone, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
