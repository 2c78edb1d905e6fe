// The rule engine: what a branch's records show against the countable rules the standards state
// (rules are content data, see `rule` in content/schemas.ts). Pure: the year and "today" are
// arguments. Periods still running or to come in the chosen year are 未到, never 缺: evidence
// suggests, it never answers for the user.
import type { Rule } from '../content/schemas';
import { inBranchOn, isCommittee, isPartyMember, memberName, type Member, type Members } from './members';
import type { OrgRecord, RecordType, Records } from './record';

export type EvidenceState = 'met' | 'short' | 'open';

export interface Evidence {
  rule: Rule;
  /** One line, e.g. 支部委员会 11/12 个月 · 缺 3月. */
  line: string;
  /** met: all required done · short: something past is missing (缺) · open: only 未到 left. */
  state: EvidenceState;
}

/** One year of a branch, indexed once for all rules. */
export interface YearIndex {
  year: number;
  today: string;
  /** Each type's records of the year by month (index 0 = January). */
  byMonth: Map<RecordType, OrgRecord[][]>;
  /** Members in the branch on any day of the year. */
  members: Member[];
  /** 学时 per member id over the year's records. */
  hours: Map<string, number>;
  /** `a|b` for every two people who were in one 谈心谈话 record. */
  talked: Set<string>;
}

export function indexYear(data: { members: Members; records: Records }, year: number, today: string): YearIndex {
  const y = String(year);
  const byMonth = new Map<RecordType, OrgRecord[][]>();
  const hours = new Map<string, number>();
  const talked = new Set<string>();
  for (const r of Object.values(data.records)) {
    if (r.date.slice(0, 4) !== y) continue;
    let months = byMonth.get(r.type);
    if (!months) byMonth.set(r.type, (months = Array.from({ length: 12 }, () => [])));
    months[Number(r.date.slice(5, 7)) - 1].push(r);
    if (r.hours) for (const id of r.attendees) hours.set(id, (hours.get(id) ?? 0) + r.hours);
    if (r.type === '谈心谈话') for (const a of r.attendees) for (const b of r.attendees) if (a !== b) talked.add(`${a}|${b}`);
  }
  const members = Object.values(data.members).filter((m) => (!m.joined || m.joined <= `${y}-12-31`) && (!m.left || m.left >= `${y}-01-01`));
  return { year, today, byMonth, members, hours, talked };
}

/** A type's records in months from–to (1–12). */
function inMonths(ix: YearIndex, type: RecordType, from: number, to: number): OrgRecord[] {
  const months = ix.byMonth.get(type);
  return months ? months.slice(from - 1, to).flat() : [];
}

/** In the branch the whole year: neither joined after 1 January nor left before 31 December. */
const wholeYear = (m: Member, year: number) => inBranchOn(m, `${year}-01-01`) && inBranchOn(m, `${year}-12-31`);

interface Period {
  label: string;
  /** Months 1–12 it covers. */
  from: number;
  to: number;
}

const quarterNames = ['第一季度', '第二季度', '第三季度', '第四季度'];

export function periods(per: 'month' | 'quarter' | 'half' | 'year', year: number, months?: number[]): Period[] {
  if (per === 'month') return (months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).map((m) => ({ label: `${m}月`, from: m, to: m }));
  if (per === 'quarter') return quarterNames.map((label, i) => ({ label, from: i * 3 + 1, to: i * 3 + 3 }));
  if (per === 'half') return [{ label: '上半年', from: 1, to: 6 }, { label: '下半年', from: 7, to: 12 }];
  return [{ label: `${year}年`, from: 1, to: 12 }];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month, leap years included (Date.UTC with day 0 is the month's last day). */
export const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
/** A period is over once its last day has passed: until then a missing record is 未到, not 缺. */
const isOver = (year: number, p: Period, today: string) => lastDay(year, p.to) < today;

/** A short list: the first `max` items, then 等 N 项. */
function few(items: string[], max = 8, unit = '项'): string {
  return items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')} 等 ${items.length} ${unit}`;
}

const unitOf = { month: '个月', quarter: '季度', half: '半年', year: '年' } as const;

function stateOf(short: number, open: number): EvidenceState {
  return short > 0 ? 'short' : open > 0 ? 'open' : 'met';
}

function countRule(rule: Extract<Rule, { kind: 'count' }>, ix: YearIndex): Evidence {
  const groups = rule.perGroup ? [...new Set(ix.members.filter(isPartyMember).map((m) => m.group.trim()).filter(Boolean))] : [];
  const groupOf = new Map(ix.members.map((m) => [m.id, m.group.trim()]));
  let done = 0;
  const short: string[] = [];
  const open: string[] = [];
  const ps = periods(rule.per, ix.year, rule.months);
  for (const p of ps) {
    const inP = inMonths(ix, rule.type, p.from, p.to);
    // Per group: a meeting counts for every group one of its attendees belongs to.
    const behind = groups.filter((g) => inP.filter((r) => r.attendees.some((id) => groupOf.get(id) === g)).length < rule.min);
    const met = groups.length > 0 ? behind.length === 0 : inP.length >= rule.min;
    if (met) done++;
    else {
      const label = behind.length > 0 && behind.length < groups.length ? `${p.label}（${behind.join('、')}）` : p.label;
      (isOver(ix.year, p, ix.today) ? short : open).push(label);
    }
  }
  const total = rule.months ? `${done}/${ps.length} 次（${ps.map((p) => p.label).join('、')}）` : rule.per === 'year' ? `${inMonths(ix, rule.type, 1, 12).length}/${rule.min} 次` : `${done}/${ps.length} ${unitOf[rule.per]}`;
  const parts = [`${rule.type} ${total}`];
  if (short.length) parts.push(`缺 ${few(short, 12)}`);
  if (open.length) parts.push(`未到 ${few(open, 12)}`);
  return { rule, line: parts.join(' · '), state: stateOf(short.length, open.length) };
}

function hoursRule(rule: Extract<Rule, { kind: 'hours' }>, ix: YearIndex): Evidence {
  const who = ix.members.filter((m) => isPartyMember(m) && (rule.who === '党员' || isCommittee(m)));
  const { hours } = ix;
  const counted = who.filter((m) => wholeYear(m, ix.year));
  const below = counted.filter((m) => (hours.get(m.id) ?? 0) < rule.min);
  const label = rule.who === '党员' ? '党员' : '书记和委员';
  const yearOver = `${ix.year}-12-31` < ix.today;
  const fmt = (m: Member) => `${memberName(m)} ${Math.round((hours.get(m.id) ?? 0) * 10) / 10}`;
  const parts = [
    below.length === 0
      ? `学时达到 ${rule.min} 的${label} ${counted.length}/${counted.length} 人`
      : `学时未达 ${rule.min} 的${label}：${few(below.map(fmt), 8, '人')}${yearOver ? '' : '（年度未结束）'}`,
  ];
  const partial = who.filter((m) => !wholeYear(m, ix.year));
  if (partial.length) parts.push(`年内加入或转出、未计：${few(partial.map(fmt), 5, '人')}`);
  if (counted.length === 0) parts[0] = `名单中没有全年在册的${label}`;
  return { rule, line: parts.join(' · '), state: below.length === 0 ? 'met' : yearOver ? 'short' : 'open' };
}

function talksRule(rule: Extract<Rule, { kind: 'talks' }>, ix: YearIndex): Evidence {
  const committee = ix.members.filter((m) => isCommittee(m) && isPartyMember(m));
  const others = ix.members.filter((m) => !isCommittee(m) && isPartyMember(m));
  const pairs: [Member, Member][] = [];
  if (rule.between === '委员之间') committee.forEach((a, i) => committee.slice(i + 1).forEach((b) => pairs.push([a, b])));
  else committee.forEach((c) => others.forEach((m) => pairs.push([c, m])));
  const left = pairs.filter(([a, b]) => !ix.talked.has(`${a.id}|${b.id}`));
  const what = rule.between === '委员之间' ? '委员之间谈心谈话' : '委员与党员谈心谈话';
  if (pairs.length === 0) return { rule, line: `${what}：名单中没有需要谈话的人员`, state: 'met' };
  const yearOver = `${ix.year}-12-31` < ix.today;
  const parts = [`${what} ${pairs.length - left.length}/${pairs.length} 对`];
  if (left.length) parts.push(`${yearOver ? '缺' : '未谈'} ${few(left.map(([a, b]) => `${memberName(a)}—${memberName(b)}`), 6, '对')}`);
  return { rule, line: parts.join(' · '), state: left.length === 0 ? 'met' : yearOver ? 'short' : 'open' };
}

function ratioRule(rule: Extract<Rule, { kind: 'ratio' }>, ix: YearIndex): Evidence {
  const end = `${ix.year}-12-31` < ix.today ? `${ix.year}-12-31` : ix.today;
  const now = ix.members.filter((m) => inBranchOn(m, end));
  const a = now.filter((m) => m.category === '入党积极分子').length;
  const d = now.filter((m) => m.category === '发展对象').length;
  const head = `入党积极分子 ${a} 人，发展对象 ${d} 人`;
  if (d === 0) return { rule, line: `${head}（名单中没有发展对象，不计比例）`, state: 'met' };
  const ratio = Math.round((a / d) * 10) / 10;
  return { rule, line: `${head}，比例 ${ratio}:1（不低于 ${rule.min}:1）`, state: a >= rule.min * d ? 'met' : 'short' };
}

function speakersRule(rule: Extract<Rule, { kind: 'speakers' }>, ix: YearIndex): Evidence {
  const committee = ix.members.filter(isCommittee);
  const key = (s: string) => s.replace(/\s+/g, '');
  const count = new Map<string, number>();
  for (const r of inMonths(ix, rule.type, 1, 12)) {
    const k = key(r.speaker ?? '');
    if (k) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const missing = committee.filter((m) => (count.get(key(m.name)) ?? 0) < rule.min);
  const yearOver = `${ix.year}-12-31` < ix.today;
  if (committee.length === 0) return { rule, line: `讲${rule.type}的班子成员：名单中没有班子成员`, state: 'met' };
  const parts = [`讲${rule.type}的班子成员 ${committee.length - missing.length}/${committee.length} 人`];
  if (missing.length) parts.push(`${yearOver ? '缺' : '未讲'} ${few(missing.map(memberName), 8, '人')}`);
  return { rule, line: parts.join(' · '), state: missing.length === 0 ? 'met' : yearOver ? 'short' : 'open' };
}

export function evaluate(rule: Rule, ix: YearIndex): Evidence {
  switch (rule.kind) {
    case 'count': return countRule(rule, ix);
    case 'hours': return hoursRule(rule, ix);
    case 'talks': return talksRule(rule, ix);
    case 'ratio': return ratioRule(rule, ix);
    case 'speakers': return speakersRule(rule, ix);
  }
}

/** The one line copied into an item's 说明. */
export function evidenceSummary(year: number, evidence: Evidence[]): string {
  return `${year}年台账记录：${evidence.map((e) => e.line).join('；')}。`;
}
