import { describe, expect, it } from 'vitest';
import { changedPaths, rebase } from '../../../src/lib/storage/rebase';
import { draftRepo } from '../../../src/lib/storage/drafts';
import { draftSession } from '../../../src/lib/storage/draft-session';
import { checklistSpec, draftTitle, emptyDraft, type ChecklistDraft } from '../../../src/lib/checklist/checklist';
import { writeEnvelope } from '../../../src/lib/storage/envelope';
import { memoryStorage } from './memory-storage';

const prefix = 'handbook:checklist:';
const draft = (id: string, orgName = ''): ChecklistDraft => ({ ...emptyDraft('zhibu', id), orgName });

describe('rebase', () => {
  const base = { a: 1, answers: { x: { self: '达标' } }, list: [1, 2] } as Record<string, unknown>;
  it('finds leaf changes, additions and removals', () => {
    expect(changedPaths(base, { a: 2, answers: { x: {}, y: { note: 'n' } }, list: [1, 2] })).toEqual([['a'], ['answers', 'x', 'self'], ['answers', 'y']]);
  });
  it('replays our edits on top of theirs, keeping their other changes', () => {
    const mine = { ...base, answers: { x: { self: '达标' }, y: { self: '未达标' } } };
    const theirs = { ...base, a: 5, answers: { x: { self: '未达标' } } };
    expect(rebase(base, mine, theirs)).toEqual({ a: 5, answers: { x: { self: '未达标' }, y: { self: '未达标' } }, list: [1, 2] });
  });
  it('keeps ours where both changed the same field, and removes what we removed', () => {
    expect(rebase({ a: 1, b: 2 }, { a: 3 } as Record<string, number>, { a: 4, b: 2, c: 9 })).toEqual({ a: 3, c: 9 });
  });
  it('brings back whole what theirs deleted while we edited inside it, never a part of it', () => {
    const record = { id: 'r1', theme: '学习', content: '' };
    const base = { records: { r1: record, r2: { id: 'r2', theme: '党课', content: '' } } };
    const mine = { records: { ...base.records, r1: { ...record, content: '会议内容' } } };
    const theirs = { records: { r2: base.records.r2 } };
    expect(rebase(base, mine, theirs)).toEqual(mine);
    // Two edits inside it: still one whole record.
    const both = { records: { ...base.records, r1: { ...record, theme: '专题学习', content: '会议内容' } } };
    expect(rebase(base, both, theirs)).toEqual(both);
  });
  it('returns theirs untouched when we changed nothing', () => {
    const theirs = { a: 7 };
    expect(rebase({ a: 1 }, { a: 1 }, theirs)).toBe(theirs);
  });
});

describe('draft repository', () => {
  it('lists drafts newest first and sets aside corrupt ones without deleting them', () => {
    const storage = memoryStorage();
    storage.setItem(prefix + 'a', writeEnvelope(draft('a', '甲'), checklistSpec, new Date('2026-01-01')));
    storage.setItem(prefix + 'b', writeEnvelope(draft('b', '乙'), checklistSpec, new Date('2026-02-01')));
    storage.setItem(prefix + 'bad', '{"schemaVersion":1,');
    storage.setItem(prefix + 'next', JSON.stringify({ schemaVersion: 9, savedAt: 'x', data: {} }));
    storage.setItem('other:key', 'x');
    const { drafts, problems } = draftRepo(storage, prefix, checklistSpec).list();
    expect(drafts.map((d) => d.data.orgName)).toEqual(['乙', '甲']);
    expect(problems).toHaveLength(2);
    const aside = problems.find((p) => p.key.includes(':corrupt:'))!;
    expect(storage.getItem(aside.key)).toBe('{"schemaVersion":1,');
    expect(storage.getItem(prefix + 'bad')).toBeNull();
    expect(problems.find((p) => p.key === prefix + 'next')?.message).toMatch(/更新版本/);
    expect(storage.getItem(prefix + 'next')).not.toBeNull();
    // Listed again, the kept-aside record is still reported.
    expect(draftRepo(storage, prefix, checklistSpec).list().problems.map((p) => p.key)).toContain(aside.key);
  });
});

function session(storage = memoryStorage()) {
  return draftSession<ChecklistDraft>({
    repo: draftRepo(storage, prefix, checklistSpec),
    spec: checklistSpec,
    storage,
    mine: (d) => d.form === 'zhibu',
    blank: (id) => emptyDraft('zhibu', id),
    title: draftTitle,
    activeKey: 'handbook:active:checklist:zhibu',
    delayMs: 10_000,
  });
}

/** An edit written at once, as the page does 150 ms later. */
function save(s: ReturnType<typeof session>, change: (d: ChecklistDraft) => ChecklistDraft) {
  s.edit(change);
  s.flush();
}

describe('draft session', () => {
  it('starts unsaved, saves on flush, and reopens the same draft', () => {
    const storage = memoryStorage();
    const s = session(storage);
    expect(s.$state.get().save.kind).toBe('new');
    s.edit((d) => ({ ...d, orgName: '物理系党支部' }));
    expect(s.$state.get().save.kind).toBe('pending');
    s.flush();
    expect(s.$state.get().save.kind).toBe('saved');
    const again = session(storage).$state.get();
    expect(again.current.orgName).toBe('物理系党支部');
    expect(again.drafts).toHaveLength(1);
  });

  it('keeps working in memory when storage refuses, and says why', () => {
    const storage = memoryStorage('QuotaExceededError');
    const s = session(storage);
    save(s, (d) => ({ ...d, orgName: '甲' }));
    expect(s.$state.get().save).toEqual({ kind: 'failed', message: '浏览器存储空间已满' });
    expect(s.$state.get().current.orgName).toBe('甲');
    storage.fail = undefined;
    save(s, (d) => ({ ...d, result: '通过' }));
    expect(s.$state.get().save.kind).toBe('saved');
  });

  it('merges another tab’s save field by field, before and after our own writes', () => {
    const storage = memoryStorage();
    const a = session(storage);
    save(a, (d) => ({ ...d, orgName: '甲' }));
    const b = session(storage);
    save(b, (d) => ({ ...d, answers: { ...d.answers, 'zhibu.dues': { self: '达标' } } }));
    // Tab A has an unsaved edit when B's write arrives: both survive.
    a.edit((d) => ({ ...d, result: '同意' }));
    a.onStorage(prefix + a.$state.get().current.id);
    expect(a.$state.get().current).toMatchObject({ orgName: '甲', result: '同意', answers: { 'zhibu.dues': { self: '达标' } } });
    // B never saw A's edit event; its next write merges what A stored instead of clobbering it.
    a.flush();
    save(b, (d) => ({ ...d, date: '2022-05-06' }));
    expect(b.$state.get().current).toMatchObject({ result: '同意', date: '2022-05-06', answers: { 'zhibu.dues': { self: '达标' } } });
  });

  it('creates, duplicates, renames, deletes with undo, and imports as a new draft', () => {
    const storage = memoryStorage();
    const s = session(storage);
    save(s, (d) => ({ ...d, orgName: '甲' }));
    const firstId = s.$state.get().current.id;
    s.duplicate();
    expect(s.$state.get().current.label).toBe('甲（副本）');
    expect(s.$state.get().drafts).toHaveLength(2);
    s.rename('  给乙代填 ');
    s.flush();
    expect(draftTitle(s.$state.get().current)).toBe('给乙代填');
    s.remove();
    expect(s.$state.get().drafts).toHaveLength(1);
    expect(s.$state.get().current.id).toBe(firstId);
    s.undoDelete();
    expect(s.$state.get().drafts).toHaveLength(2);
    expect(s.$state.get().current.label).toBe('给乙代填');
    s.importDraft({ ...draft(firstId, '甲') });
    expect(s.$state.get().drafts).toHaveLength(3);
    expect(s.$state.get().current.id).not.toBe(firstId);
    s.switchTo(firstId);
    expect(s.$state.get().current.orgName).toBe('甲');
    expect(session(storage).$state.get().current.id).toBe(firstId);
  });

  it('reads storage itself when told of a change, so a late event cannot roll it back', () => {
    const storage = memoryStorage();
    const a = session(storage);
    save(a, (d) => ({ ...d, orgName: '甲' }));
    const key = prefix + a.$state.get().current.id;
    const b = session(storage);
    save(b, (d) => ({ ...d, result: '同意' }));
    // A's own older write reaches B only now: B keeps what storage holds.
    b.onStorage(key);
    expect(b.$state.get().current).toMatchObject({ orgName: '甲', result: '同意' });
    a.onStorage(key);
    expect(a.$state.get().current).toMatchObject({ orgName: '甲', result: '同意' });
  });

  it('recovers both sides when two tabs save at once without seeing each other', () => {
    // Each tab has its own copy of storage, as Chromium's renderers do, synced after the fact.
    const shared = memoryStorage();
    const a0 = session(shared);
    save(a0, (d) => ({ ...d, orgName: '甲' }));
    const id = a0.$state.get().current.id;
    const key = prefix + id;
    const copy = () => {
      const m = memoryStorage();
      for (const [k, v] of shared.map) m.setItem(k, v);
      return m;
    };
    const storeA = copy();
    const storeB = copy();
    const a = session(storeA);
    const b = session(storeB);
    save(a, (d) => ({ ...d, orgName: '甲（修订）' }));
    save(b, (d) => ({ ...d, result: '同意' }));
    // B's write lands last and reaches A, which never had B's edit and B never had A's.
    storeA.setItem(key, storeB.getItem(key)!);
    a.onStorage(key);
    a.flush();
    expect(a.$state.get().current).toMatchObject({ orgName: '甲（修订）', result: '同意' });
    storeB.setItem(key, storeA.getItem(key)!);
    b.onStorage(key);
    expect(b.$state.get().current).toMatchObject({ orgName: '甲（修订）', result: '同意' });
  });

  it('keeps our edit of a field another tab also changed, and says so', () => {
    const storage = memoryStorage();
    const a = session(storage);
    save(a, (d) => ({ ...d, orgName: '甲' }));
    const key = prefix + a.$state.get().current.id;
    const b = session(storage);
    save(b, (d) => ({ ...d, orgName: '乙' }));
    a.edit((d) => ({ ...d, orgName: '丙' }));
    a.onStorage(key);
    expect(a.$state.get().current.orgName).toBe('丙');
    expect(a.$state.get().news).toMatch(/另一个标签页同时修改了同一处内容/);
  });

  it('will not replace a draft it could not save, and stores new drafts only once edited', () => {
    const storage = memoryStorage();
    const s = session(storage);
    s.create();
    expect([...storage.map.keys()].filter((k) => k.startsWith(prefix))).toEqual([]);
    s.edit((d) => ({ ...d, orgName: '甲' }));
    storage.fail = 'QuotaExceededError';
    s.create();
    expect(s.$state.get().current.orgName).toBe('甲');
    expect(s.$state.get().alert).toMatch(/没有保存成功/);
  });

  it('keeps a draft that another tab deleted, and tells the user', () => {
    const storage = memoryStorage();
    const s = session(storage);
    save(s, (d) => ({ ...d, orgName: '甲' }));
    const key = prefix + s.$state.get().current.id;
    storage.removeItem(key);
    s.onStorage(key);
    expect(s.$state.get().alert).toMatch(/另一个标签页中被删除/);
    expect(s.$state.get().current.orgName).toBe('甲');
  });
});
