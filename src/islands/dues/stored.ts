// Whether this browser already keeps a branch (支部台账) draft: then /dues/ opens the roll at once.
import { branchPrefix } from '../../lib/records/keys';
import { browserStorage } from '../drafts/useSession';

export function hasBranchDrafts(): boolean {
  const s = browserStorage();
  try {
    for (let i = 0; s && i < s.length; i++) if (s.key(i)?.startsWith(branchPrefix)) return true;
  } catch {
    // Storage that cannot be listed holds no branch we could open.
  }
  return false;
}
