// The case writer's drafts: all in one list (a branch may write several cases); the last one
// open comes back on the next visit. The open draft lives in the session's one atom, `$state`.
import { draftSession } from '../lib/storage/draft-session';
import { draftRepo, newId } from '../lib/storage/drafts';
import { caseSpec, caseTitle, emptyCase, withOrganisation, type CaseDraft } from '../lib/case/report';
import { $profile, loadProfile } from '../lib/storage/profile';
import type { StorageLike } from '../lib/storage/safe-storage';

export const casePrefix = 'handbook:case:';

export function caseSession(storage: StorageLike | null) {
  loadProfile(storage);
  return draftSession<CaseDraft>({
    repo: draftRepo(storage, casePrefix, caseSpec),
    spec: caseSpec,
    storage,
    mine: () => true,
    // The organisation remembered now: it can be forgotten while the page is open.
    blank: (id) => withOrganisation(emptyCase(id, newId()), $profile.get()),
    title: caseTitle,
    activeKey: 'handbook:active:case',
  });
}

export type CaseSession = ReturnType<typeof caseSession>;
