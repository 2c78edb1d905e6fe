// The branch's member list (党员花名册): one definition used by the records page (/records/) and the
// dues page (/dues/). Members are stored keyed by a stable id, never by position or name, so
// records (attendees) and dues keep pointing at the right person when a name is corrected, and two
// tabs adding different members merge field by field instead of one list replacing the other.
import * as v from 'valibot';
import { newId } from '../storage/drafts';
import { optionalDate, wellFormedText } from '../storage/checks';

/** 职务 in the branch. */
export const memberRoles = ['书记', '副书记', '委员', '党员'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Who a person is to the branch: members (正式/预备) and the two stages before joining. */
export const memberCategories = ['正式党员', '预备党员', '发展对象', '入党积极分子'] as const;
export type MemberCategory = (typeof memberCategories)[number];

export const memberLimits = { name: 40, group: 40, members: 500 } as const;

export const memberId = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));

export const member = v.object({
  id: memberId,
  /** 姓名; '' while being typed. */
  name: wellFormedText(memberLimits.name),
  role: v.picklist(memberRoles),
  category: v.picklist(memberCategories),
  /** 党小组, free text ('' for none). */
  group: wellFormedText(memberLimits.group),
  /** 加入日期: joined the party or moved into this branch (YYYY-MM-DD or ''). */
  joined: v.optional(optionalDate),
  /** 转出日期: left the branch (YYYY-MM-DD or ''). The member stays in the list for past records. */
  left: v.optional(optionalDate),
  /** Creation order: the list's default order, stable across tabs. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Member = v.InferOutput<typeof member>;

/** Members keyed by their id; the check keeps key and id the same. */
export const memberMap = v.pipe(
  v.record(memberId, member),
  v.check((m) => Object.entries(m).every(([k, x]) => k === x.id), '党员编号与记录不一致'),
  v.check((m) => Object.keys(m).length <= memberLimits.members, `党员人数超过 ${memberLimits.members}`),
);
export type Members = v.InferOutput<typeof memberMap>;

const roleRank = (r: MemberRole) => memberRoles.indexOf(r);

/** The list as shown and printed: 书记, 副书记, 委员, then 党员, each in the order they were added. */
export function memberList(members: Members): Member[] {
  return Object.values(members).sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.seq - b.seq);
}

export function newMember(members: Members, patch: Partial<Omit<Member, 'id' | 'seq'>> = {}, id = newId()): Member {
  const seq = Object.values(members).reduce((n, m) => Math.max(n, m.seq + 1), 0);
  return { id, name: '', role: '党员', category: '正式党员', group: '', seq, ...patch };
}

export function addMember(members: Members, m: Member): Members {
  return { ...members, [m.id]: m };
}

/** The list with one member changed; text is cut at the stored limits. */
export function updateMember(members: Members, id: string, patch: Partial<Omit<Member, 'id' | 'seq'>>): Members {
  const old = members[id];
  if (!old) return members;
  const next = { ...old, ...patch };
  next.name = next.name.slice(0, memberLimits.name);
  next.group = next.group.slice(0, memberLimits.group);
  if (!next.joined) delete next.joined;
  if (!next.left) delete next.left;
  return { ...members, [id]: next };
}

export function removeMember(members: Members, id: string): Members {
  const { [id]: _gone, ...rest } = members;
  return rest;
}

/** 书记, 副书记 and 委员: the 支部委员会. */
export const isCommittee = (m: Pick<Member, 'role'>) => m.role !== '党员';

/** 正式党员 and 预备党员 (not 发展对象 or 入党积极分子). */
export const isPartyMember = (m: Pick<Member, 'category'>) => m.category === '正式党员' || m.category === '预备党员';

/** A name to show: the typed name, or 未填姓名 with the list position. */
export function memberName(m: Member | undefined): string {
  if (!m) return '（已删除的人员）';
  return m.name.trim() || '（未填姓名）';
}

/** True when the member belonged to the branch on `date` (YYYY-MM-DD): joined on or before, not left before. */
export function inBranchOn(m: Pick<Member, 'joined' | 'left'>, date: string): boolean {
  return (!m.joined || m.joined <= date) && (!m.left || m.left >= date);
}

/** Names typed twice (ignoring spaces): users should tell them apart, e.g. 张伟（化学）. */
export function duplicateNames(members: Members): string[] {
  const seen = new Map<string, number>();
  for (const m of Object.values(members)) {
    const k = m.name.replace(/\s+/g, '');
    if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
