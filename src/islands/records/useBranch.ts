// The branch book's drafts session, shared by /records/ and /dues/: both open the same drafts
// (`handbook:branch:<id>`) and the same last-open draft, so the member list is kept once.
import { branchActiveKey, branchPrefix, branchSpec, branchTitle, emptyBranch, type BranchDraft } from '../../lib/records/branch';
import { draftSession } from '../../lib/storage/draft-session';
import { draftRepo } from '../../lib/storage/drafts';
import { $profile, loadProfile } from '../../lib/storage/profile';
import { browserStorage, useSession } from '../drafts/useSession';

export function useBranch() {
  return useSession(() => {
    const storage = browserStorage();
    loadProfile(storage);
    return draftSession<BranchDraft>({
      repo: draftRepo(storage, branchPrefix, branchSpec),
      spec: branchSpec,
      storage,
      mine: () => true,
      blank: (id) => emptyBranch(id, $profile.get()),
      title: branchTitle,
      activeKey: branchActiveKey,
    });
  });
}
