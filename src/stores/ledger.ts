// The open ledger: one atom holding the whole document, changed only through the pure update
// functions in lib/ledger.ts, so saving can watch this one store.
import { atom } from 'nanostores';
import { emptyLedger, type LedgerDraft } from '../lib/ledger';

export const $ledger = atom<LedgerDraft>(emptyLedger('', 'ledger'));

/** Applies an update function from lib/ledger.ts to the open ledger. */
export function updateLedger<A extends unknown[]>(fn: (d: LedgerDraft, ...args: A) => LedgerDraft, ...args: A): void {
  $ledger.set(fn($ledger.get(), ...args));
}
