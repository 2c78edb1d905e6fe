// Every reader of stored records and backup files, fed what no real file holds: it returns the
// data or a Chinese reason, and never throws. First the cases an attack review found, then
// fast-check with arbitrary Unicode and arbitrary JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson, type BackupKind } from '../../../src/lib/storage/backup';
import { readBackup } from '../../../src/lib/storage/backup-read';
import { draftRepo } from '../../../src/lib/storage/drafts';
import { readEnvelope, writeEnvelope, type RecordSpec } from '../../../src/lib/storage/envelope';
import { profileKey, profileProblems, profileSpec } from '../../../src/lib/storage/profile';
import { caseBackup, caseSpec, emptyCase, type CaseDraft } from '../../../src/lib/case/report';
import { emptyLedger, ledgerBackup, ledgerSpec, type LedgerDraft } from '../../../src/lib/records/ledger';
import { memoryStorage } from './memory-storage';

const now = new Date('2026-11-27T08:00:00Z');
const savedAt = '2026-11-27T01:00:00.000Z';
const chinese = /[\u4e00-\u9fff]/;

const goodCase: CaseDraft = {
  ...emptyCase('c1', 'p1'),
  title: '三会一课',
  practices: [{ id: 'p1', heading: '建立台账', text: '做法甲' }, { id: 'p2', heading: '定期讲评', text: '做法乙' }],
  photos: [{ id: 'f1', name: 'IMG_0001.jpg', width: 1920, height: 1200, caption: '' }],
};
const goodLedger: LedgerDraft = { ...emptyLedger('2022-04', 'l1', { name: '物理系党支部', kind: '党支部' }), entries: { 'party-meeting': { done: true, date: '2022-04-28' } } };

function refusal<T>(kind: BackupKind<T>, data: unknown, at = savedAt): string {
  const r = readBackup(backupJson(kind, data as T, at), 1000, kind, now);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

describe('schemas refuse what no real file holds, saying what is wrong', () => {
  it('case: duplicate practice or photo ids (typing in one would change both)', () => {
    const dup = { ...goodCase, practices: [goodCase.practices[0], { ...goodCase.practices[1], id: 'p1' }] };
    expect(refusal(caseBackup, dup)).toBe('备份文件内容有误：内容不合规（practices：主要做法有重复的编号）。');
    expect(refusal(caseBackup, { ...goodCase, photos: [goodCase.photos[0], goodCase.photos[0]] })).toMatch(/photos：照片有重复的编号/);
  });
  it('case: photo sides that are not a JPEG’s, over-long file names, broken Unicode', () => {
    for (const width of [1e308, 0, 1.5, 70_000]) {
      expect(refusal(caseBackup, { ...goodCase, photos: [{ ...goodCase.photos[0], width }] }), String(width)).toMatch(/photos\.0\.width/);
    }
    expect(refusal(caseBackup, { ...goodCase, photos: [{ ...goodCase.photos[0], name: 'x'.repeat(300) + '.jpg' }] })).toMatch(/photos\.0\.name：文字超过 255 字/);
    expect(refusal(caseBackup, { ...goodCase, title: '三会\ud800一课' })).toMatch(/title：文字含有无法识别的字符/);
    expect(refusal(caseBackup, { ...goodCase, id: '../x' })).toMatch(/（id：编号无效）/);
  });
  it('case: a 255-character file name is kept, and still reads after being stored', () => {
    const d = { ...goodCase, photos: [{ ...goodCase.photos[0], name: '照'.repeat(251) + '.jpg' }] };
    const r = readBackup(backupJson(caseBackup, d, savedAt), 1000, caseBackup, now);
    expect(r).toEqual({ ok: true, data: d, savedAt });
    expect(readEnvelope(writeEnvelope(d, caseSpec, now), caseSpec)).toMatchObject({ ok: true, envelope: { data: d } });
  });
  it('ledger: impossible dates and months, a list where the entries map belongs', () => {
    for (const date of ['9999-99-99', '0000-00-00', '2022-02-30', '3000-01-01']) {
      expect(refusal(ledgerBackup, { ...goodLedger, entries: { 'party-meeting': { date } } }), date).toBe('备份文件内容有误：内容不合规（entries.party-meeting.date：日期无效）。');
    }
    expect(refusal(ledgerBackup, { ...goodLedger, month: '2022-13' })).toMatch(/month：月份无效/);
    expect(refusal(ledgerBackup, { ...goodLedger, entries: [{ done: true }] })).toMatch(/entries：工作记录应当是按任务编号排列的表/);
    expect(refusal(ledgerBackup, { ...goodLedger, entries: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`t${i}`, { done: true }])) })).toMatch(/工作记录太多/);
  });
  it('backups: a save time that is not a time, or is in the future', () => {
    expect(refusal(ledgerBackup, goodLedger, 'x')).toBe('备份文件内容有误：格式不对（版本号或保存时间无效）。');
    expect(refusal(ledgerBackup, goodLedger, '9999-99-99T00:00:00Z')).toMatch(/保存时间/);
    expect(refusal(ledgerBackup, goodLedger, '2026-12-30T00:00:00.000Z')).toBe('备份文件内容有误：保存时间 2026-12-30 晚于今天，文件的时间不可信。');
    expect(readBackup(backupJson(ledgerBackup, goodLedger, savedAt), 1000, ledgerBackup, now)).toEqual({ ok: true, data: goodLedger, savedAt });
  });
  it('profile: broken Unicode or an over-long name', () => {
    for (const name of ['甲\udc00', '名'.repeat(101)]) {
      const r = readEnvelope(writeEnvelope({ name, kind: '党支部' as const }, profileSpec, now), profileSpec);
      expect(r).toMatchObject({ ok: false, reason: 'corrupt', message: expect.stringMatching(/^保存的数据内容不合规（name：文字/) });
    }
  });
});

// --- fuzzing ---------------------------------------------------------------------------------

const specs: [string, RecordSpec<unknown>][] = [['case', caseSpec], ['ledger', ledgerSpec], ['profile', profileSpec]] as never;
const kinds: [string, BackupKind<unknown>][] = [['case', caseBackup], ['ledger', ledgerBackup]] as never;

/** Any Unicode text, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
/** Any JSON value, keys and strings in any Unicode. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** A real record with one field replaced by anything: the shapes attackers start from. */
const mutated = (good: object) =>
  fc.record({ key: fc.constantFrom(...Object.keys(good), '__proto__', 'extra'), value: fc.oneof(anyJson, anyText, fc.double()) }).map(({ key, value }) => {
    const d = JSON.parse(JSON.stringify(good));
    d[key] = value;
    return d;
  });
const anyData = fc.oneof(anyJson, mutated(goodCase), mutated(goodLedger), mutated({ name: '甲', kind: '党支部' }));
const envelopes = fc
  .record({ schemaVersion: fc.oneof(fc.constant(1), anyJson, fc.integer()), savedAt: fc.oneof(fc.constant(savedAt), anyText, anyJson), rev: fc.option(anyText), data: anyData })
  .map((e) => JSON.stringify(e));
const storedText = fc.oneof(anyText, envelopes, anyJson.map((j) => JSON.stringify(j) ?? 'null'));
const backupText = fc.oneof(
  anyText,
  anyJson.map((j) => JSON.stringify(j) ?? 'null'),
  fc.record({ app: fc.constantFrom('party-branch-handbook', 'x'), kind: fc.constantFrom('case', 'ledger', 'checklist'), schemaVersion: fc.oneof(fc.constant(1), anyJson), savedAt: fc.oneof(fc.constant(savedAt), anyText), data: anyData }).map((b) => JSON.stringify(b)),
);

const settled = (message: unknown) => typeof message === 'string' && chinese.test(message);

describe('fuzzed readers return a value or a Chinese message, never throw', () => {
  it.each(specs)('readEnvelope (%s)', (_, spec) => {
    fc.assert(
      fc.property(fc.oneof(storedText, fc.constant(null)), (raw) => {
        const r = readEnvelope(raw, spec);
        if (!r.ok && r.reason !== 'missing') expect(settled(r.message), r.message).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it.each(kinds)('readBackup (%s)', (_, kind) => {
    fc.assert(
      fc.property(backupText, (text) => {
        const r = readBackup(text, text.length, kind, now);
        if (!r.ok) expect(settled(r.message), r.message).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('draft listing and the profile check keep every record, readable or not', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), storedText, { maxKeys: 5 }), fc.option(storedText), (records, profile) => {
        const storage = memoryStorage();
        const texts = Object.values(records);
        for (const [k, raw] of Object.entries(records)) storage.setItem(`handbook:ledger:${k}`, raw);
        if (profile !== null) storage.setItem(profileKey, profile);
        const { drafts, problems } = draftRepo(storage, 'handbook:ledger:', ledgerSpec).list();
        const all = [...problems, ...profileProblems(storage)];
        for (const p of all) expect(settled(p.message), p.message).toBe(true);
        // Nothing is lost: every text is still in storage, and each one is a draft or a problem.
        const kept = [...storage.map.values()];
        for (const t of [...texts, ...(profile === null ? [] : [profile])]) expect(kept).toContain(t);
        expect(drafts.length + problems.length).toBe(texts.length);

      }),
      { numRuns: 300 },
    );
  });
});
