// Generated branch books for tests and the bench: a 60-member branch (书记, 副书记, 3 委员, 55
// 党员 in 4 党小组, plus 积极分子 and 发展对象) and a year of its organisational life as the
// standards ask for it, with realistic text lengths. Deterministic: no randomness.
import { addMember, newMember, type Members } from '../src/lib/records/members';
import { newRecord, type OrgRecord, type RecordType, type Records } from '../src/lib/records/record';
import { emptyBranch, type BranchDraft } from '../src/lib/records/branch';

/** Ids as the page makes them (newId: 13–14 characters), so sizes are true to life. */
const id = (kind: string, n: number) => `${kind}${n.toString(36).padStart(4, '0')}k3x9q2ab`.slice(0, 14);

export function members(n = 60): Members {
  let ms: Members = {};
  for (let i = 0; i < n; i++) {
    const role = i === 0 ? '书记' : i === 1 ? '副书记' : i < 5 ? '委员' : '党员';
    const category = i >= n - 6 ? '入党积极分子' : i >= n - 8 ? '发展对象' : i % 9 === 0 ? '预备党员' : '正式党员';
    ms = addMember(ms, newMember(ms, { name: `党员${String(i + 1).padStart(2, '0')}号`, role, category, group: `第${'一二三四'[i % 4]}党小组`, joined: '2015-09-01' }, id('m', i)));
  }
  return ms;
}

const content = '会议传达学习了上级文件精神，结合支部实际进行了讨论，与会党员逐一发言，交流学习体会，明确了下一步工作安排和分工。'.repeat(3);

/** One year of records (about 160), the number of records per type the standards ask for. */
export function yearOfRecords(ms: Members, year: number, start = 0): Records {
  const all = Object.values(ms);
  const committee = all.filter((m) => m.role !== '党员').map((m) => m.id);
  const everyone = all.map((m) => m.id);
  const out: Records = {};
  let n = start;
  const add = (type: RecordType, month: number, day: number, attendees: string[], hours = 0, absent: OrgRecord['absent'] = []) => {
    const r = newRecord({
      type, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, place: '学院党员之家', host: '党员01号', recorder: '党员03号',
      attendees, absent, theme: `${month}月${type}：学习贯彻上级会议精神`, content, hours, photos: ['会议现场'],
    }, id('r', n++));
    out[r.id] = r;
  };
  for (let m = 1; m <= 12; m++) {
    add('支部委员会', m, 5, committee, 1);
    add('主题党日', m, 15, everyone.slice(1), 3, [{ id: everyone[0], reason: '外出开会' }]);
    add('集中学习', m, 20, everyone, 2);
    for (let g = 0; g < 4; g++) add('党小组会', m, 10 + g, everyone.filter((_, i) => i % 4 === g), 1);
    if (m % 3 === 0) {
      add('支部党员大会', m, 25, everyone, 2);
      add('党课', m, 26, everyone, 3);
    }
  }
  add('党费公示', 6, 30, []);
  add('党费公示', 12, 30, []);
  add('组织生活会', 1, 18, everyone, 3);
  add('民主评议党员', 1, 19, everyone, 2);
  add('党内表彰', 7, 1, everyone, 1);
  for (const c of committee) for (const m of everyone.filter((x) => !committee.includes(x)).slice(0, 12)) add('谈心谈话', 4, 8, [c, m]);
  return out;
}

export function branchBook(years: number[], size = 60): BranchDraft {
  const ms = members(size);
  let records: Records = {};
  years.forEach((y, i) => (records = { ...records, ...yearOfRecords(ms, y, i * 1000) }));
  return { ...emptyBranch('b1'), orgName: '测试党支部', orgKind: '党支部', members: ms, records };
}
