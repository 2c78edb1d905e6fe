import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistBackup, checklistSpec, emptyDraft, type ChecklistDraft } from '../../../src/lib/checklist/checklist';
import { orphanCap, readChecklistFile } from '../../../src/lib/checklist/file';
import { backupJson } from '../../../src/lib/storage/backup';
import { readEnvelope } from '../../../src/lib/storage/envelope';
import { entryId, summarySpec, toWellFormed } from '../../../src/lib/summary/entries';
import { parseExpected } from '../../../src/lib/summary/expected';
import { importFiles } from '../../../src/lib/summary/import';
import { summaryStore } from '../../../src/lib/summary/store';
import { memoryStorage } from '../storage/memory-storage';
import { formSpec } from '../../summary-files';

const now = new Date('2026-12-01T08:00:00Z');
const ids = (form: string) => (form === 'zhibu' || form === 'zongzhi' ? formSpec(form).categories.flatMap((c) => c.items.map((i) => i.id)) : undefined);
const draft: ChecklistDraft = { ...emptyDraft('zhibu', 'd1'), orgName: '乙党支部', date: '2026-11-20', answers: { 'zhibu.term': { self: '达标' } } };
const read = (d: unknown, savedAt = '2026-11-20T08:00:00.000Z') => {
  const text = backupJson(checklistBackup, d as ChecklistDraft, savedAt);
  return readChecklistFile(text, text.length, now, ids);
};

describe('reading a 登记表 file from another computer', () => {
  it('takes a good file', () => {
    expect(read(draft)).toEqual({ ok: true, data: draft, savedAt: '2026-11-20T08:00:00.000Z', notes: [] });
  });

  it('refuses a lone surrogate in any text, naming the field, and never throws', () => {
    expect(read({ ...draft, orgName: '\ud800乙党支部' })).toEqual({ ok: false, message: expect.stringMatching(/^文件中“组织名称”的文字含有无法识别的字符（不完整的 Unicode 代理项）/) });
    expect(read({ ...draft, answers: { 'zhibu.term': { self: '达标', note: 'a\udc00' } } })).toMatchObject({ ok: false, message: expect.stringContaining('“说明”') });
    expect(read({ ...draft, answers: { 'zhibu.\udbff': { self: '达标' } } })).toMatchObject({ ok: false, message: expect.stringContaining('“条目编号”') });
    expect(() => entryId({ form: 'zhibu', orgName: '\ud800乙' })).not.toThrow();
    expect(toWellFormed('a\ud800b\ud83d\ude00')).toBe('a\ufffdb\ud83d\ude00');
  });

  it('refuses a save time in the future (a day of clock skew allowed) or not a real time', () => {
    expect(read(draft, '9999-12-31T00:00:00.000Z')).toEqual({ ok: false, message: expect.stringContaining('保存时间 9999-12-31 晚于今天，文件的时间不可信') });
    expect(read(draft, '2026-12-02T07:00:00.000Z').ok).toBe(true);
    expect(read(draft, '2026-12-03T08:00:00.000Z').ok).toBe(false);
    expect(read(draft, '昨天')).toMatchObject({ ok: false, message: expect.stringContaining('保存时间') });
    expect(read({ ...draft, reviewSavedAt: '2099-01-01T00:00:00Z' })).toMatchObject({ ok: false, message: expect.stringContaining('晚于今天') });
  });

  it('reports answers to items the form does not have and keeps only a few of them', () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`made-up.${i}`, { self: '达标' }]));
    const r = read({ ...draft, answers: { ...draft.answers, ...many } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.data.answers)).toHaveLength(1 + orphanCap);
    expect(r.notes).toEqual(['文件中有 10000 条答案不属于当前版本的登记表（编号 made-up.0、made-up.1、made-up.2 等），不计入统计；只保留了其中 20 条，其余 9980 条没有导入。']);
    const long = read({ ...draft, answers: { ...draft.answers, ['k'.repeat(900_000)]: { self: '达标' } } });
    expect(long).toMatchObject({ ok: true, data: { answers: draft.answers }, notes: [expect.stringMatching(/^文件中有 1 条答案不属于当前版本的登记表（编号 k{30}…），不计入统计；只保留了其中 0 条，其余 1 条没有导入。$/)] });
    const few = read({ ...draft, answers: { ...draft.answers, 'zhibu.retired': { self: '达标' } } });
    expect(few).toMatchObject({ ok: true, notes: ['文件中有 1 条答案不属于当前版本的登记表（编号 zhibu.retired），不计入统计，仍随登记表保留。'] });
  });
});

describe('fuzz: every checklist and summary reader returns a result or a Chinese message, never throws', () => {
  const chinese = /[\u4e00-\u9fff]/;
  // JSON values shaped like a backup, with anything at every place.
  const anything = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue(), fc.anything());
  const backupLike = fc.record({
    app: fc.oneof(fc.constant('party-branch-handbook'), fc.string()),
    kind: fc.oneof(fc.constant('checklist'), fc.string()),
    schemaVersion: fc.oneof(fc.constantFrom(1, 2, 3), fc.integer(), fc.double()),
    savedAt: fc.oneof(fc.constant('2026-11-20T08:00:00.000Z'), fc.string({ unit: 'binary' }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    data: fc.oneof(anything, fc.record({
      id: fc.oneof(fc.constant('x'), fc.string({ unit: 'binary' })), form: fc.constantFrom('zhibu', 'zongzhi', 'other'),
      orgName: fc.string({ unit: 'binary' }), date: fc.oneof(fc.constant(''), fc.string()), result: fc.string({ unit: 'binary' }),
      reviewer: fc.oneof(fc.string({ unit: 'binary' }), anything), selfSavedAt: anything, reviewSavedAt: anything,
      answers: fc.oneof(anything, fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(anything, fc.record({ self: fc.constantFrom('达标', '未达标', 'x'), note: fc.string({ unit: 'binary' }) })))),
    }, { requiredKeys: [] })),
  }, { requiredKeys: [] });
  const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((j) => JSON.stringify(j)), backupLike.map((b) => JSON.stringify(b)));

  it('readChecklistFile', () => {
    fc.assert(fc.property(texts, fc.nat(2_000_000), (text, size) => {
      const r = readChecklistFile(text, size, now, ids);
      if (!r.ok) expect(r.message).toMatch(chinese);
    }), { numRuns: 1000 });
  });

  it('readEnvelope for stored drafts and summary records', () => {
    fc.assert(fc.property(texts, (text) => {
      for (const r of [readEnvelope(text, checklistSpec), readEnvelope(text, summarySpec)]) if (!r.ok && r.reason !== 'missing') expect(r.message).toMatch(chinese);
    }), { numRuns: 500 });
  });

  it('importFiles over a batch, and the store reading whatever is in localStorage', () => {
    fc.assert(fc.property(fc.array(fc.record({ name: fc.string({ unit: 'binary' }), text: fc.option(texts, { nil: null }), size: fc.nat(2_000_000) }), { maxLength: 5 }), (files) => {
      const r = importFiles(new Map(), files, now, ids);
      expect(r.outcomes).toHaveLength(files.length);
      for (const o of r.outcomes) expect(o.message).toMatch(chinese);
      const storage = memoryStorage();
      files.forEach((f, i) => storage.setItem(`handbook:summary:${i}${f.name}`, f.text ?? ''));
      const loaded = summaryStore(storage).load();
      for (const p of loaded.problems) expect(p.message).toMatch(chinese);
    }), { numRuns: 300 });
  });

  it('entryId and the expected-organisations list', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(typeof entryId({ form: 'zhibu', orgName: s })).toBe('string');
      const { list, problems } = parseExpected(s);
      for (const e of list) expect(e.name.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).toMatch(chinese);
    }), { numRuns: 1000 });
  });
});

describe('the expected-organisations list', () => {
  it('reads names with their 党总支, by tab, comma or spaces, skipping repeats and broken lines', () => {
    const { list, problems } = parseExpected('物理系党支部\t理学院党总支\n化学系党支部，理学院党总支\n\n 物理系 党支部 \n理学院党总支\n数学系党支部 理学院党总支\n坏\ud800党支部');
    expect(list).toEqual([
      { name: '物理系党支部', form: 'zhibu', parent: '理学院党总支' },
      { name: '化学系党支部', form: 'zhibu', parent: '理学院党总支' },
      { name: '理学院党总支', form: 'zongzhi', parent: '' },
      { name: '数学系党支部', form: 'zhibu', parent: '理学院党总支' },
    ]);
    expect(problems).toEqual(['第 7 行含有无法识别的字符，已跳过。']);
  });
});
