import { describe, expect, it } from 'vitest';
import { readEnvelope, writeEnvelope } from '../../../src/lib/storage/envelope';
import {
  emptyLedger, forRole, ledgerProgress, ledgerRows, ledgerSpec, ledgerTitle, limits, orphanedEntries, setDate, wrongMonth, setDone, setNote, setOrg,
  setParticipants,
} from '../../../src/lib/records/ledger';
import { $profile, forgetProfile, loadProfile, profileKey, rememberByDefault, saveProfile } from '../../../src/lib/storage/profile';
import { memoryStorage } from '../storage/memory-storage';


const now = new Date('2022-05-01T08:00:00Z');
const base = emptyLedger('2022-04', 'l1');

describe('ledger updates', () => {
  it('ticks, records and leaves the input untouched', () => {
    const a = setDone(base, 'party-meeting', true);
    const b = setParticipants(a, 'party-meeting', '28人');
    const c = setNote(b, 'party-meeting', '会议记录在支部记录本第3页');
    expect(c.entries['party-meeting']).toEqual({ done: true, participants: '28人', note: '会议记录在支部记录本第3页' });
    expect(base.entries).toEqual({});
    expect(a.entries['party-meeting']).toEqual({ done: true });
  });

  it('ticks a task when its date is recorded, and keeps the tick when the date is cleared', () => {
    const a = setDate(base, 'theme-day', '2022-04-28');
    expect(a.entries['theme-day']).toEqual({ date: '2022-04-28', done: true });
    expect(setDate(a, 'theme-day', '').entries['theme-day']).toEqual({ done: true });
    expect(setDone(a, 'theme-day', false).entries['theme-day']).toEqual({ date: '2022-04-28' });
  });

  it('drops an entry left with nothing in it', () => {
    const a = setNote(setDone(base, 'theme-day', true), 'theme-day', '  ');
    expect(setDone(a, 'theme-day', false).entries).toEqual({});
  });

  it('cuts text at the limits the saved data must keep to', () => {
    expect(setNote(base, 'x', '记'.repeat(limits.note + 5)).entries.x.note).toHaveLength(limits.note);
    expect(setOrg(base, { name: '支'.repeat(200) }).orgName).toHaveLength(limits.orgName);
  });

  it('changes the organisation name and kind separately', () => {
    const a = setOrg(base, { name: '经贸学院第一党支部' });
    expect(setOrg(a, { kind: '党支部' })).toMatchObject({ orgName: '经贸学院第一党支部', orgKind: '党支部' });
  });

  it('starts a new ledger with the remembered organisation', () => {
    expect(emptyLedger('2022-04', 'l2', { name: '一支部', kind: '党支部' })).toMatchObject({ orgName: '一支部', orgKind: '党支部', entries: {} });
  });
});

describe('role filter and progress', () => {
  const tasks = [{ id: 'a', who: '全体' }, { id: 'b', who: '党总支' }, { id: 'c', who: '党支部' }];

  it('shows a role its own tasks and those for all', () => {
    expect(forRole(tasks, '全部').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(forRole(tasks, '党总支').map((t) => t.id)).toEqual(['a', 'b']);
    expect(forRole(tasks, '党支部').map((t) => t.id)).toEqual(['a', 'c']);
  });

  it('counts done tasks among those shown only', () => {
    const d = setDone(setDone(setDone(base, 'a', true), 'b', true), 'gone', true);
    expect(ledgerProgress(['a', 'b', 'c'], d.entries)).toEqual({ done: 2, total: 3 });
    expect(ledgerProgress(['a', 'c'], d.entries)).toEqual({ done: 1, total: 2 });
  });

  it('reports entries with content for tasks the notice no longer has', () => {
    const d = setNote(setDone(base, 'gone', true), 'empty', '  ');
    expect(orphanedEntries(['a'], d.entries)).toEqual(['gone']);
  });
});

describe('saved ledger data', () => {
  it('round-trips through the envelope', () => {
    const d = setDate(setOrg(base, { name: '一支部', kind: '党支部' }), 'theme-day', '2022-04-28');
    expect(readEnvelope(writeEnvelope(d, ledgerSpec, now), ledgerSpec)).toMatchObject({ ok: true, envelope: { data: d } });
  });

  it.each([
    ['a date that is not a date', { ...base, entries: { x: { date: '4月28日' } } }, 'entries.x.date'],
    ['an unknown organisation kind', { ...base, orgKind: '党委' }, 'orgKind'],
    ['a note over the limit', { ...base, entries: { x: { note: '记'.repeat(limits.note + 1) } } }, 'entries.x.note'],
  ])('rejects %s, naming the field', (_, data, field) => {
    const raw = JSON.stringify({ schemaVersion: 1, savedAt: '2022-05-01T08:00:00.000Z', data });
    expect(readEnvelope(raw, ledgerSpec)).toMatchObject({ ok: false, reason: 'corrupt', message: expect.stringContaining(field), raw });
  });
});

describe('the remembered organisation (profile)', () => {
  it('saves once and loads back into the store', () => {
    const s = memoryStorage();
    expect(saveProfile(s, { name: ' 一支部 ', kind: '党支部' }, now)).toEqual({ ok: true, savedAt: now.toISOString() });
    $profile.set({ name: '', kind: '' });
    expect(loadProfile(s)).toEqual({ name: '一支部', kind: '党支部' });
    expect($profile.get()).toEqual({ name: '一支部', kind: '党支部' });
  });

  it('reads as empty when nothing or something unreadable is stored, and keeps the unreadable text', () => {
    expect(loadProfile(memoryStorage())).toEqual({ name: '', kind: '' });
    const s = memoryStorage();
    s.map.set(profileKey, '{oops');
    expect(loadProfile(s)).toEqual({ name: '', kind: '' });
    expect(s.map.get(profileKey)).toBe('{oops');
  });

  it('sets an unreadable profile aside before saving a new one', () => {
    const s = memoryStorage();
    s.map.set(profileKey, '{oops');
    expect(saveProfile(s, { name: '一支部', kind: '党支部' }, now).ok).toBe(true);
    expect(s.map.get(`${profileKey}:corrupt:2022-05-01T08:00:00.000Z`)).toBe('{oops');
    expect(loadProfile(s)).toEqual({ name: '一支部', kind: '党支部' });
  });

  it('reports a failed write in Chinese and still holds the profile for this page', () => {
    const r = saveProfile(memoryStorage('QuotaExceededError'), { name: '一支部', kind: '党支部' });
    expect(r).toEqual({ ok: false, message: '浏览器存储空间已满' });
    expect($profile.get().name).toBe('一支部');
  });

  it('forgets: the stored record and the page’s copy both go', () => {
    const s = memoryStorage();
    saveProfile(s, { name: '一支部', kind: '党支部' }, now);
    expect(forgetProfile(s)).toBeNull();
    expect(s.map.has(profileKey)).toBe(false);
    expect($profile.get()).toEqual({ name: '', kind: '' });
    expect(loadProfile(s)).toEqual({ name: '', kind: '' });
    expect(forgetProfile(null)).toBeNull();
  });

  it('remembers by default only a first organisation or the remembered one', () => {
    const one = { name: '一支部', kind: '党支部' } as const;
    expect(rememberByDefault({ name: '', kind: '' }, one)).toBe(true);
    expect(rememberByDefault(one, { ...one, name: '一支部 ' })).toBe(true);
    expect(rememberByDefault(one, { name: '二支部', kind: '党支部' })).toBe(false);
    expect(rememberByDefault(one, { name: '一支部', kind: '党总支' })).toBe(false);
  });
});

describe('ledger export', () => {
  it('refuses another month’s ledger on this month’s page', () => {
    expect(wrongMonth('2022-04', base)).toBeNull();
    expect(wrongMonth('2022-05', base)).toBe('这是2022年4月工作台账的备份文件，请到2022年4月的台账页面导入。');
  });

  it('names a draft by its label, else its organisation', () => {
    expect(ledgerTitle(base)).toBe('未命名台账');
    expect(ledgerTitle(setOrg(base, { name: '一支部' }))).toBe('一支部');
    expect(ledgerTitle({ ...setOrg(base, { name: '一支部' }), label: '代填' })).toBe('代填');
  });

  it('lists every task in order as spreadsheet rows', () => {
    const tasks = [
      { id: 'a', section: '组织生活', title: '召开一次党员大会', who: '党支部' },
      { id: 'b', section: '重点工作', title: '开展党员示范岗评选', who: '全体' },
    ];
    const d = setParticipants(setDate(setOrg(base, { name: '一支部', kind: '党支部' }), 'a', '2022-04-28'), 'a', '28人');
    expect(ledgerRows(d, tasks, '2022年4月').slice(1)).toEqual([
      ['组织名称', '一支部', '党支部'],
      [],
      ['类别', '工作任务', '对象', '完成情况', '完成日期', '参加人员', '备注'],
      ['组织生活', '召开一次党员大会', '党支部', '已完成', '2022年4月28日', '28人', ''],
      ['重点工作', '开展党员示范岗评选', '全体', '未完成', '', '', ''],
    ]);
  });
});
