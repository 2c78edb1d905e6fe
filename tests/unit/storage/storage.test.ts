import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readEnvelope, writeEnvelope, type RecordSpec } from '../../../src/lib/storage/envelope';
import { load, save, setAside, setAsideKeys, writeFailure } from '../../../src/lib/storage/safe-storage';
import { memoryStorage } from './memory-storage';

const v2: RecordSpec<{ name: string; count: number }> = {
  version: 2,
  schema: v.object({ name: v.string(), count: v.number() }),
  migrations: { 1: (d) => ({ ...(d as object), count: 0 }) },
};
const now = new Date('2022-05-01T08:00:00Z');

describe('envelope', () => {
  it('round-trips data with version and time', () => {
    const raw = writeEnvelope({ name: '一支部', count: 3 }, v2, now);
    expect(JSON.parse(raw)).toEqual({ schemaVersion: 2, savedAt: '2022-05-01T08:00:00.000Z', data: { name: '一支部', count: 3 } });
    expect(readEnvelope(raw, v2)).toEqual({ ok: true, migrated: false, envelope: JSON.parse(raw) });
  });

  it('migrates older versions on read', () => {
    const old = JSON.stringify({ schemaVersion: 1, savedAt: '2022-05-01T08:00:00.000Z', data: { name: '一支部' } });
    const r = readEnvelope(old, v2);
    expect(r).toMatchObject({ ok: true, migrated: true, envelope: { schemaVersion: 2, data: { name: '一支部', count: 0 } } });
  });

  it.each([
    ['not JSON', '{oops', 'corrupt', '不是有效的 JSON'],
    ['no envelope', '{"name":"x"}', 'corrupt', '版本号或保存时间无效'],
    ['wrong types inside', JSON.stringify({ schemaVersion: 2, savedAt: '2022-05-01T08:00:00.000Z', data: { name: 1, count: 'a' } }), 'corrupt', 'name'],
    ['a newer version', JSON.stringify({ schemaVersion: 9, savedAt: '2022-05-01T08:00:00.000Z', data: {} }), 'newer', '版本 9'],
  ])('reports %s with the raw text kept', (_, raw, reason, message) => {
    const r = readEnvelope(raw, v2);
    expect(r.ok).toBe(false);
    if (r.ok || r.reason === 'missing') throw new Error('expected a failure');
    expect(r.reason).toBe(reason);
    expect(r.message).toContain(message);
    expect(r.raw).toBe(raw);
  });

  it('reports data it has no migration for, keeping the raw text', () => {
    const raw = JSON.stringify({ schemaVersion: 1, savedAt: '2022-05-01T08:00:00.000Z', data: { name: 'a' } });
    expect(readEnvelope(raw, { ...v2, migrations: {} })).toEqual({ ok: false, reason: 'corrupt', message: '无法从版本 1 升级保存的数据', raw });
  });

  it('says missing when nothing was stored', () => {
    expect(readEnvelope(null, v2)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('safe storage', () => {
  it('saves and loads', () => {
    const s = memoryStorage();
    expect(save(s, 'k', { name: 'a', count: 1 }, v2, now)).toEqual({ ok: true, savedAt: now.toISOString() });
    expect(load(s, 'k', v2)).toMatchObject({ ok: true, envelope: { data: { name: 'a', count: 1 } } });
  });

  it('reports a full or blocked storage in Chinese instead of throwing, and keeps the old value', () => {
    const s = memoryStorage('QuotaExceededError');
    s.map.set('k', 'old');
    expect(save(s, 'k', { name: 'a', count: 1 }, v2)).toEqual({ ok: false, message: '浏览器存储空间已满' });
    expect(s.map.get('k')).toBe('old');
    expect(save(memoryStorage('SecurityError'), 'k', { name: 'a', count: 1 }, v2)).toMatchObject({ ok: false, message: expect.stringContaining('禁止') });
    expect(save(null, 'k', { name: 'a', count: 1 }, v2)).toMatchObject({ ok: false });
    expect(writeFailure(new Error('x'))).toBe('浏览器拒绝保存');
  });

  it('sets corrupt data aside under a dated key and frees the original', () => {
    const s = memoryStorage();
    s.map.set('k', '{oops');
    const aside = 'k:corrupt:2022-05-01T08:00:00.000Z';
    expect(setAside(s, 'k', '{oops', now)).toEqual({ key: aside });
    expect(s.map.get(aside)).toBe('{oops');
    expect(s.map.has('k')).toBe(false);
    expect(setAsideKeys(s, 'k')).toEqual([aside]);
  });

  it('leaves corrupt data where it is when it cannot be set aside', () => {
    const s = memoryStorage('QuotaExceededError');
    s.map.set('k', '{oops');
    expect(setAside(s, 'k', '{oops', now)).toEqual({ message: '浏览器存储空间已满' });
    expect(s.map.get('k')).toBe('{oops');
  });
});
