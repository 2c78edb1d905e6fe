// The user's own organisation, remembered once per browser and prefilled in the ledger, the
// checklist and the case writer. Stored with safe-storage like every other record.
import { atom } from 'nanostores';
import * as v from 'valibot';
import { wellFormedText } from './checks';
import { draftRepo, type Problem } from './drafts';
import type { RecordSpec } from './envelope';
import { load, save, setAside, writeFailure, type StorageLike, type WriteResult } from './safe-storage';

export const orgKinds = ['党总支', '党支部'] as const;
export type OrgKind = (typeof orgKinds)[number];

/** '' until chosen. */
export const orgKind = v.union([v.picklist(orgKinds), v.literal('')]);

export const profile = v.object({ name: wellFormedText(100), kind: orgKind });
export type Profile = v.InferOutput<typeof profile>;

export const profileKey = 'handbook:profile';
export const profileSpec: RecordSpec<Profile> = { version: 1, schema: profile };
export const emptyProfile: Profile = { name: '', kind: '' };

export const $profile = atom<Profile>(emptyProfile);

/** Reads the stored profile into $profile; an unreadable one reads as empty and stays stored. */
export function loadProfile(storage: StorageLike | null): Profile {
  const r = load(storage, profileKey, profileSpec);
  const p = r.ok ? r.envelope.data : emptyProfile;
  $profile.set(p);
  return p;
}

/** Saves a new profile; an unreadable stored one is first kept aside, never overwritten. */
export function saveProfile(storage: StorageLike | null, p: Profile, now = new Date()): WriteResult {
  const clean = { name: p.name.trim(), kind: p.kind };
  $profile.set(clean);
  const old = load(storage, profileKey, profileSpec);
  if (storage && !old.ok && old.reason !== 'missing' && 'message' in setAside(storage, profileKey, old.raw, now)) {
    return { ok: false, message: '无法保留原来无法读取的组织信息，因此没有覆盖它' };
  }
  return save(storage, profileKey, clean, profileSpec, now);
}

/** A damaged stored profile, set aside; the drafts bar of every page that uses it reports it. */
export function profileProblems(storage: StorageLike | null): Problem[] {
  // The profile's own key as the prefix: the repo lists it and what was set aside from it.
  const repo = draftRepo(storage, profileKey, profileSpec as unknown as RecordSpec<{ id: string }>);
  return repo.list().problems.map((p) => ({ ...p, message: `记住的组织信息：${p.message}` }));
}

/**
 * Forgets the remembered organisation (on a shared office PC the next user should not get it).
 * Returns why it could not, or null. An unreadable stored one goes too: it can only prefill.
 */
export function forgetProfile(storage: StorageLike | null): string | null {
  $profile.set(emptyProfile);
  try {
    storage?.removeItem(profileKey);
    return null;
  } catch (e) {
    return writeFailure(e);
  }
}

export const isEmptyProfile = (p: Profile) => !p.name.trim() && !p.kind;

/** Remember by default when nothing is remembered yet, or when this is the remembered organisation. */
export function rememberByDefault(p: Profile, org: Profile): boolean {
  return isEmptyProfile(p) || (p.name === org.name.trim() && p.kind === org.kind);
}
