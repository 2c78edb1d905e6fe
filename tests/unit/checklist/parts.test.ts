import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistBackup, checklistSpec, emptyDraft, type ChecklistDraft } from '../../../src/lib/checklist/checklist';
import { combine, hasPart, partTime, touch, type Version } from '../../../src/lib/checklist/parts';
import { readBackup } from '../../../src/lib/storage/backup-read';
import { readEnvelope } from '../../../src/lib/storage/envelope';
import { summarySpec } from '../../../src/lib/summary/entries';

const at = (day: number, hour = 8) => new Date(Date.UTC(2022, 4, day, hour)).toISOString();
const base: ChecklistDraft = { ...emptyDraft('zhibu', 'branch'), orgName: '物理系党支部', date: '2022-05-03' };

// The relay: the branch fills, the 党总支 reviews the branch's file, the branch edits again.
const filled: ChecklistDraft = { ...base, answers: { 'zhibu.term': { self: '达标', note: '按期换届' }, 'zhibu.dues': { self: '未达标' } }, selfSavedAt: at(3) };
const reviewed: ChecklistDraft = {
  ...filled, id: 'zongzhi-copy',
  answers: { 'zhibu.term': { self: '达标', note: '按期换届', superior: '达标' }, 'zhibu.dues': { self: '未达标', superior: '未达标' } },
  result: '基本达标', reviewer: '理学院党总支', reviewSavedAt: at(4),
};
const edited: ChecklistDraft = { ...filled, answers: { 'zhibu.term': { self: '达标', note: '按期换届' }, 'zhibu.dues': { self: '达标', note: '已补交' } }, selfSavedAt: at(5) };
const v = (data: ChecklistDraft, savedAt: string): Version => ({ data, savedAt });

describe('combining two versions of one organisation’s form', () => {
  it('a newer self-only file never wipes a review, in either order', () => {
    for (const [a, b] of [[v(reviewed, at(4)), v(edited, at(5))], [v(edited, at(5)), v(reviewed, at(4))]]) {
      const c = combine(a, b);
      expect(c.data.answers).toEqual({ 'zhibu.term': { self: '达标', note: '按期换届', superior: '达标' }, 'zhibu.dues': { self: '达标', note: '已补交', superior: '未达标' } });
      expect(c.data).toMatchObject({ result: '基本达标', reviewer: '理学院党总支', reviewSavedAt: at(4), selfSavedAt: at(5) });
      expect(c.savedAt).toBe(at(5));
    }
  });

  it('says exactly what it combined, and that the review is older than the 自评', () => {
    const c = combine(v(reviewed, at(4)), v(edited, at(5)));
    expect(c.took).toEqual({ self: true, review: false });
    expect(c.message).toMatch(/^「物理系党支部」采用了这个文件中较新的自评（保存于 2022年5月5日 \d\d:00）；保留了已有的上级验收和验收结果（理学院党总支，保存于 2022年5月4日 \d\d:00），这个文件里的验收较旧或没有验收。注意：这份验收是在这次自评修改之前做的，请验收组织确认。$/);
    const back = combine(v(edited, at(5)), v(reviewed, at(4)));
    expect(back.took).toEqual({ self: false, review: true });
    expect(back.message).toMatch(/^「物理系党支部」采用了这个文件中的上级验收和验收结果（理学院党总支，保存于 .*）；保留了已有的较新自评（保存于 .*）。注意/);
    expect(back.data.id).toBe('branch');
  });

  it('the reviewed file over the branch’s own unchanged one takes the review and says the 自评 is the same', () => {
    const c = combine(v(filled, at(3)), v(reviewed, at(4)));
    expect(c.took).toEqual({ self: false, review: true });
    expect(c.message).toMatch(/^「物理系党支部」采用了这个文件中的上级验收和验收结果（理学院党总支，保存于 2022年5月4日 \d\d:00）；自评与已有的相同。$/);
  });

  it('recognises the same version and an older one', () => {
    expect(combine(v(reviewed, at(4)), v(reviewed, at(4)))).toMatchObject({ same: true, took: { self: false, review: false }, message: '「物理系党支部」的这份登记表已经有了，没有改动。' });
    const older = combine(v(edited, at(5)), v({ ...filled, selfSavedAt: at(2) }, at(2)));
    expect(older).toMatchObject({ same: false, took: { self: false, review: false } });
    expect(older.message).toMatch(/都不比这个文件中的旧，没有改动。$/);
  });

  it('falls back to the file’s save time for version-1 data, and an empty part counts as never saved', () => {
    const v1 = { ...reviewed, selfSavedAt: undefined, reviewSavedAt: undefined };
    expect(partTime(v(v1, at(9)), 'review')).toBe(Date.parse(at(9)));
    expect(partTime(v({ ...base, answers: {} }, at(9)), 'review')).toBe(-Infinity);
    const c = combine(v(v1, at(4)), v({ ...edited, selfSavedAt: undefined }, at(5)));
    expect(c.data).toMatchObject({ selfSavedAt: at(5), reviewSavedAt: at(4), reviewer: '理学院党总支' });
  });

  it('is fair whatever the order for any two versions: each part comes from the newer', () => {
    const verdict = fc.constantFrom(undefined, '达标' as const, '未达标' as const);
    const answers = fc.dictionary(fc.constantFrom('zhibu.term', 'zhibu.dues', 'zhibu.care'), fc.record({ self: verdict, superior: verdict }, { requiredKeys: [] }));
    const version = fc.record({ answers, self: fc.integer({ min: 1, max: 20 }), review: fc.integer({ min: 1, max: 20 }), result: fc.string() });
    fc.assert(fc.property(version, version, (a, b) => {
      fc.pre(a.self !== b.self && a.review !== b.review);
      const mk = (x: typeof a): Version => {
        const clean = Object.fromEntries(Object.entries(x.answers).map(([k, ans]) => [k, Object.fromEntries(Object.entries(ans).filter(([, val]) => val))]).filter(([, ans]) => Object.keys(ans).length));
        return v({ ...base, answers: clean as ChecklistDraft['answers'], result: x.result, selfSavedAt: at(x.self), reviewSavedAt: at(x.review) }, at(Math.max(x.self, x.review)));
      };
      const [one, two] = [combine(mk(a), mk(b)), combine(mk(b), mk(a))];
      const strip = (d: ChecklistDraft) => ({ ...d, id: '' });
      expect(strip(one.data)).toEqual(strip(two.data));
      const selfFrom = a.self > b.self ? a : b;
      const reviewFrom = a.review > b.review ? a : b;
      for (const id of ['zhibu.term', 'zhibu.dues', 'zhibu.care']) {
        expect(one.data.answers[id]?.self).toBe(selfFrom.answers[id]?.self);
        expect(one.data.answers[id]?.superior).toBe(reviewFrom.answers[id]?.superior);
      }
      expect(one.data.result).toBe(reviewFrom.result);
    }));
  });

  it('touch moves only the edited part’s time', () => {
    const t = touch(filled, 'review', new Date(at(7)));
    expect(t).toEqual({ ...filled, reviewSavedAt: at(7) });
    expect(hasPart(t, 'review')).toBe(false);
    expect(hasPart(reviewed, 'review')).toBe(true);
  });
});

describe('migration from version 1 (files and records as the previous code wrote them)', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

  it('imports a version-1 backup file with every answer, and its parts take the file’s save time', () => {
    const text = fixture('checklist-v1-backup.json');
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const r = readBackup(text, text.length, checklistBackup);
    expect(r).toMatchObject({ ok: true, savedAt: '2022-05-05T08:30:00.000Z', data: { orgName: '物理系学生党支部', result: '基本达标', label: '初稿' } });
    if (!r.ok) return;
    expect(r.data.answers).toEqual({ 'zhibu.term': { self: '达标', note: '按期换届' }, 'zhibu.dues': { self: '未达标', superior: '未达标' }, 'zhibu.three-meetings': { superior: '达标' } });
    expect(partTime({ data: r.data, savedAt: r.savedAt }, 'self')).toBe(Date.parse('2022-05-05T08:30:00.000Z'));
    expect(partTime({ data: r.data, savedAt: r.savedAt }, 'review')).toBe(Date.parse('2022-05-05T08:30:00.000Z'));
  });

  it('reads a stored version-1 draft and summary record as migrated', () => {
    const draft = readEnvelope(fixture('checklist-v1-stored.json'), checklistSpec);
    expect(draft).toMatchObject({ ok: true, migrated: true, envelope: { schemaVersion: 2, rev: 'r1', data: { id: 'mf3k2x9abc', result: '基本达标' } } });
    const entry = readEnvelope(fixture('summary-v1-stored.json'), summarySpec);
    expect(entry).toMatchObject({ ok: true, migrated: true, envelope: { data: { fileName: 'a.json', draft: { orgName: '物理系学生党支部' } } } });
  });
});
