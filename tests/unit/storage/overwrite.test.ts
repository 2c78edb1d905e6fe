// Nothing is replaced that was not first kept: damaged records, records from a newer version of
// the site and a damaged remembered organisation, with and without room to keep them; and both
// tabs of a same-field clash are told which text was kept.
import { describe, expect, it } from 'vitest';
import { draftRepo } from '../../../src/lib/storage/drafts';
import { draftSession } from '../../../src/lib/storage/draft-session';
import * as v from 'valibot';
import { readEnvelope, writeEnvelope, type RecordSpec } from '../../../src/lib/storage/envelope';
import { emptyLedger, ledgerSpec, ledgerTitle, type LedgerDraft } from '../../../src/lib/records/ledger';
import { memoryStorage } from './memory-storage';

const prefix = 'handbook:ledger:';
const month = '2022-04';

function session(storage = memoryStorage(), spec: RecordSpec<LedgerDraft> = ledgerSpec) {
  return draftSession<LedgerDraft>({
    repo: draftRepo(storage, prefix, spec),
    spec,
    storage,
    mine: (d) => d.month === month,
    blank: (id) => emptyLedger(month, id),
    title: ledgerTitle,
    activeKey: `handbook:active:ledger:${month}`,
    delayMs: 10_000,
  });
}
type Session = ReturnType<typeof session>;
const save = (s: Session, change: (d: LedgerDraft) => LedgerDraft) => {
  s.edit(change);
  s.flush();
};
const name = (orgName: string) => (d: LedgerDraft) => ({ ...d, orgName });
const keyOf = (s: Session) => prefix + s.$state.get().current.id;
const newer = (id: string) => JSON.stringify({ schemaVersion: 7, savedAt: '2026-11-20T08:00:00.000Z', data: { id, future: true } });
/** 400,000 characters that are not an envelope, as a damaged record can be. */
const damaged = '{"schemaVersion":1,"data":"' + 'x'.repeat(400_000);
/** Leaves room for `spare` more characters and no more. */
const fill = (storage: ReturnType<typeof memoryStorage>, spare: number) => {
  storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + spare;
};

describe('a write over a record this page cannot read', () => {
  it('is refused when the damaged record cannot be kept aside, and the record stays byte for byte', () => {
    const storage = memoryStorage();
    const s = session(storage);
    save(s, name('甲'));
    const key = keyOf(s);
    storage.setItem(key, damaged);
    fill(storage, 1000);
    save(s, name('乙'));
    const state = s.$state.get();
    expect(state.save).toEqual({ kind: 'failed', message: expect.stringContaining('为了不覆盖它，没有保存') });
    expect(state.save.kind === 'failed' && state.save.message).toBe('浏览器存储空间已满，无法先另存本页无法读取的原有数据，为了不覆盖它，没有保存');
    expect(storage.getItem(key)).toBe(damaged);
    expect(state.current.orgName).toBe('乙');
    // The download offers what is kept under this key: the damaged record itself.
    expect(state.problems).toEqual([{ key, message: '保存的数据已损坏（不是有效的 JSON）' }]);
    // With room again, it is set aside first, then the draft is saved.
    storage.quota = undefined;
    save(s, name('丙'));
    expect(s.$state.get().save.kind).toBe('saved');
    const aside = s.$state.get().problems.map((p) => p.key);
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^handbook:ledger:.*:corrupt:/);
    expect(storage.getItem(aside[0])).toBe(damaged);
    expect(JSON.parse(storage.getItem(key)!).data.orgName).toBe('丙');
  });

  it('sets a newer version’s record aside, labelled as newer, before replacing it', () => {
    const storage = memoryStorage();
    const s = session(storage);
    save(s, name('甲'));
    const key = keyOf(s);
    const theirs = newer(s.$state.get().current.id);
    storage.setItem(key, theirs);
    s.onStorage(key);
    expect(s.$state.get().problems).toEqual([{ key, newer: true, message: '这份数据来自更新版本的网站（版本 7），当前页面只支持到版本 1' }]);
    save(s, name('乙'));
    const [p] = s.$state.get().problems;
    expect(p).toMatchObject({ newer: true, message: expect.stringMatching(/^这份数据来自更新版本的网站（版本 7）.*另存）$/) });
    expect(p.message).not.toMatch(/损坏/);
    expect(storage.getItem(p.key)).toBe(theirs);
    expect(JSON.parse(storage.getItem(key)!).data.orgName).toBe('乙');
    // Listed again by a fresh page, it is still labelled newer.
    expect(session(storage).$state.get().problems).toEqual([{ key: p.key, newer: true, message: p.message }]);
  });

  it('is refused when a newer version’s record cannot be kept aside', () => {
    const storage = memoryStorage();
    const s = session(storage);
    save(s, name('甲'));
    const key = keyOf(s);
    const theirs = newer(s.$state.get().current.id);
    storage.setItem(key, theirs);
    fill(storage, 100);
    save(s, name('乙'));
    expect(s.$state.get().save).toEqual({ kind: 'failed', message: '浏览器存储空间已满，无法先另存本页无法读取的原有数据，为了不覆盖它，没有保存' });
    expect(storage.getItem(key)).toBe(theirs);
    expect(s.$state.get().problems).toEqual([expect.objectContaining({ key, newer: true })]);
  });

  it('guards every writer of the repo, not only the session', () => {
    const storage = memoryStorage();
    storage.setItem(prefix + 'x', '{oops');
    fill(storage, 20);
    const r = draftRepo(storage, prefix, ledgerSpec).write(emptyLedger(month, 'x'));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('为了不覆盖它') });
    expect(storage.getItem(prefix + 'x')).toBe('{oops');
  });
});

describe('copies', () => {
  it('of a draft with a long name still read after a reload', () => {
    const storage = memoryStorage();
    const s = session(storage);
    save(s, name('𠀀'.repeat(50)));
    s.duplicate();
    expect(s.$state.get().save.kind).toBe('saved');
    const again = session(storage).$state.get();
    expect(again.problems).toEqual([]);
    expect(again.drafts.map((d) => d.data.label)).toContain(`${'𠀀'.repeat(28)}（副本）`);
  });
});

describe('messages', () => {
  it('tells both tabs of a same-field clash which text was kept', () => {
    const storage = memoryStorage();
    const a = session(storage);
    save(a, name('甲'));
    const key = keyOf(a);
    const b = session(storage);
    // A saves 丙; B, not yet told, saves 乙 over the same field: B's text stands.
    save(a, name('丙'));
    save(b, name('乙'));
    expect(b.$state.get().news).toBe('另一个标签页同时修改了同一处内容，保留了本页的修改。');
    a.onStorage(key);
    expect(a.$state.get().current.orgName).toBe('乙');
    expect(a.$state.get().news).toBe('另一个标签页同时修改了同一处内容，保留了那个标签页的修改。');
    // An ordinary later edit by B is no clash: A says nothing new.
    a.dismiss();
    save(b, (d) => ({ ...d, orgKind: '党支部' }));
    a.onStorage(key);
    expect(a.$state.get().news).toBeNull();
    expect(a.$state.get().current).toMatchObject({ orgName: '乙', orgKind: '党支部' });
  });

  it('never stores a merge no reader accepts: this tab’s version stands whole', () => {
    // A rule across fields that each tab's save keeps, and their merge would break.
    const spec = { ...ledgerSpec, schema: v.pipe(ledgerSpec.schema, v.check((d) => !(d.orgName && d.orgKind))) };
    const storage = memoryStorage();
    const a = session(storage, spec);
    save(a, name('甲'));
    const key = keyOf(a);
    const b = session(storage, spec);
    save(b, (d) => ({ ...d, orgName: '', orgKind: '党支部' }));
    a.edit(name('甲乙'));
    a.onStorage(key);
    expect(a.$state.get().current).toMatchObject({ orgName: '甲乙', orgKind: '' });
    expect(a.$state.get().news).toBe('另一个标签页同时修改了同一处内容，保留了本页的修改。');
    a.flush();
    const stored = readEnvelope(storage.getItem(key)!, spec);
    expect(stored.ok && stored.envelope.data).toMatchObject({ orgName: '甲乙', orgKind: '' });
  });

  it('clears an earlier success when a failure comes, and the other way round', () => {
    const storage = memoryStorage();
    const s = session(storage);
    s.importDraft(emptyLedger(month, 'imported'));
    expect(s.$state.get().news).toMatch(/^已导入为新草稿/);
    s.notify('导入失败：文件是空的。');
    expect(s.$state.get()).toMatchObject({ news: null, alert: '导入失败：文件是空的。' });
    s.create();
    expect(s.$state.get()).toMatchObject({ news: '已新建草稿。', alert: null });
    storage.fail = 'QuotaExceededError';
    save(s, name('甲'));
    expect(s.$state.get()).toMatchObject({ news: null, save: { kind: 'failed' } });
  });
});

describe('the remembered organisation', () => {
  it('when damaged, is set aside and reported on every draft page, with its text kept', () => {
    const storage = memoryStorage();
    storage.setItem('handbook:profile', '{"schemaVersion":1,"savedAt":"2026-11-20T08:00:00.000Z","data":{"name":7}}');
    const problems = session(storage).$state.get().problems;
    expect(problems).toEqual([{ key: expect.stringMatching(/^handbook:profile:corrupt:/), message: '记住的组织信息：保存的数据内容不合规（name）' }]);
    expect(storage.getItem(problems[0].key)).toBe('{"schemaVersion":1,"savedAt":"2026-11-20T08:00:00.000Z","data":{"name":7}}');
    expect(storage.getItem('handbook:profile')).toBeNull();
    expect(session(storage).$state.get().problems).toEqual([{ key: problems[0].key, message: expect.stringMatching(/^记住的组织信息：保存的数据内容不合规（name）（.*另存）$/) }]);
  });
});
