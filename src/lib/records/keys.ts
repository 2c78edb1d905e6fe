// Where branch books live in localStorage. Dependency-free: the 登记表 and the ledger check for a
// book with this before loading any code that reads one.

/** One draft per organisation: `handbook:branch:<id>`. */
export const branchPrefix = 'handbook:branch:';
/** The draft /records/ and /dues/ opened last. */
export const branchActiveKey = 'handbook:active:branch';

/** True when any branch book is stored. */
export function hasBooks(storage: Pick<Storage, 'length' | 'key'> | null): boolean {
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) if (storage!.key(i)?.startsWith(branchPrefix)) return true;
  } catch {}
  return false;
}
