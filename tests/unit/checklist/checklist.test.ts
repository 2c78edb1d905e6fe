import { describe, expect, it } from 'vitest';
import { readEnvelope, writeEnvelope } from '../../../src/lib/storage/envelope';
import { checklistSpec, emptyDraft, fileLabel, nextUnanswered, orphanedAnswers, progress, type ChecklistDraft } from '../../../src/lib/checklist/checklist';

const ids = ['zhibu.a', 'zhibu.b', 'zhibu.c', 'zhibu.d'];

describe('checklist progress', () => {
  it('counts self-assessment and acceptance over the current items', () => {
    const p = progress(ids, {
      'zhibu.a': { self: '达标', superior: '达标' },
      'zhibu.b': { self: '未达标' },
      'zhibu.c': { note: '只写了说明' },
      'zhibu.gone': { self: '达标' },
    });
    expect(p).toEqual({ total: 4, selfAnswered: 2, selfMet: 1, selfUnmet: 1, superiorAnswered: 1 });
  });

  it('reports answers to items the form no longer has, ignoring empty ones', () => {
    expect(orphanedAnswers(ids, { 'zhibu.a': { self: '达标' }, 'zhibu.gone': { note: '佐证' }, 'zhibu.empty': {} })).toEqual(['zhibu.gone']);
  });

  it('finds the next unanswered item, wrapping around', () => {
    const answers = { 'zhibu.a': { self: '达标' as const }, 'zhibu.c': { self: '未达标' as const } };
    expect(nextUnanswered(ids, answers)).toBe('zhibu.b');
    expect(nextUnanswered(ids, answers, 'zhibu.b')).toBe('zhibu.d');
    expect(nextUnanswered(ids, answers, 'zhibu.d')).toBe('zhibu.b');
    expect(nextUnanswered(ids, Object.fromEntries(ids.map((id) => [id, { self: '达标' as const }])))).toBeNull();
  });

  it('names a reviewed form’s files apart from the branch’s own', () => {
    const spec = { org: '党支部' } as Parameters<typeof fileLabel>[0];
    const own = { ...emptyDraft('zhibu', 'd1'), answers: { 'zhibu.a': { self: '达标' as const } } };
    expect(fileLabel(spec, own)).toBe('党支部自评登记表');
    expect(fileLabel(spec, { ...own, answers: { 'zhibu.a': { self: '达标', superior: '达标' } } })).toBe('党支部自评登记表（已验收）');
    expect(fileLabel(spec, { ...own, result: '基本达标' })).toBe('党支部自评登记表（已验收）');
  });

  it('in 验收模式, finds the next item without 上级验收, whatever its 自评', () => {
    const answers = { 'zhibu.a': { self: '达标' as const, superior: '达标' as const }, 'zhibu.b': { self: '达标' as const } };
    expect(nextUnanswered(ids, answers, undefined, 'superior')).toBe('zhibu.b');
    expect(nextUnanswered(ids, answers, 'zhibu.b', 'superior')).toBe('zhibu.c');
    expect(nextUnanswered(ids, Object.fromEntries(ids.map((id) => [id, { superior: '未达标' as const }])), undefined, 'superior')).toBeNull();
  });
});

describe('checklist drafts in the envelope', () => {
  it('round-trips a filled draft', () => {
    const d: ChecklistDraft = { ...emptyDraft('zhibu', 'd1'), orgName: '第一党支部', date: '2022-05-05', answers: { 'zhibu.a': { self: '达标', note: '<script>x</script>' } } };
    const r = readEnvelope(writeEnvelope(d, checklistSpec, new Date()), checklistSpec);
    expect(r).toMatchObject({ ok: true, envelope: { data: d } });
  });

  it('rejects a verdict that is not 达标 or 未达标, and a bad date', () => {
    const bad = (data: object) => readEnvelope(JSON.stringify({ schemaVersion: 1, savedAt: 'x', data: { ...emptyDraft('zhibu', 'd'), ...data } }), checklistSpec);
    expect(bad({ answers: { 'zhibu.a': { self: 'yes' } } })).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(bad({ date: '5月6日' })).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(bad({ form: 'other' })).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
