import { describe, expect, it } from 'vitest';
import { backupJson } from '../../../src/lib/storage/backup';
import { readBackup } from '../../../src/lib/storage/backup-read';
import { readEnvelope, writeEnvelope } from '../../../src/lib/storage/envelope';
import { branchBackup, branchSpec, branchTitle, emptyBranch, exportNote, personalDataNote, setMembers, setOrg, setRecords } from '../../../src/lib/records/branch';
import { addMember, newMember } from '../../../src/lib/records/members';
import { expected, newRecord, recordList, recordProblems, recordsOfYear, recordYears } from '../../../src/lib/records/record';
import { ledgerBackup } from '../../../src/lib/records/ledger';

const now = new Date('2022-05-01T08:00:00Z');

function sample() {
  const m = newMember({}, { name: '张三', role: '书记' }, 'm1');
  const r = newRecord({ type: '支部委员会', date: '2022-03-02', theme: '研究发展党员', hours: 1.5, attendees: ['m1'], absent: [{ id: 'm2', reason: '出差' }] }, 'r1');
  return setRecords(setMembers(setOrg(emptyBranch('b1'), { name: '物理系党支部', kind: '党支部' }), addMember({}, m)), { r1: r });
}

describe('branch draft', () => {
  it('round-trips through storage and backup files', () => {
    const d = sample();
    const back = readEnvelope(writeEnvelope(d, branchSpec, now), branchSpec);
    expect(back.ok && back.envelope.data).toEqual(d);
    const text = backupJson(branchBackup, d, now.toISOString());
    const r = readBackup(text, text.length, branchBackup);
    expect(r.ok && r.data).toEqual(d);
  });

  it('keeps drafts without later optional fields valid (no migration needed for additions)', () => {
    const d = sample();
    const older = JSON.stringify({ schemaVersion: 1, savedAt: now.toISOString(), data: { ...d, label: undefined } });
    expect(readEnvelope(older, branchSpec).ok).toBe(true);
  });

  it('refuses a record whose key is not its id, and a work-ledger backup with a clear reason', () => {
    const d = sample();
    const bad = JSON.stringify({ schemaVersion: 1, savedAt: now.toISOString(), data: { ...d, records: { x: d.records.r1 } } });
    expect(readEnvelope(bad, branchSpec).ok).toBe(false);
    const ledger = backupJson(ledgerBackup, { id: 'l', month: '2022-04', orgName: '', orgKind: '', entries: {} }, now.toISOString());
    const r = readBackup(ledger, ledger.length, branchBackup);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('工作台账');
    const b = backupJson(branchBackup, d, now.toISOString());
    const r2 = readBackup(b, b.length, ledgerBackup);
    expect(!r2.ok && r2.message).toContain('支部台账');
  });

  it('is titled by its label, then its organisation', () => {
    expect(branchTitle(emptyBranch('x'))).toBe('未命名支部台账');
    expect(branchTitle(sample())).toBe('物理系党支部');
    expect(branchTitle({ ...sample(), label: '2022年' })).toBe('2022年');
  });
});

describe('records', () => {
  it('sorts by date with undated records last, and groups by year', () => {
    const rs = {
      a: newRecord({ date: '2023-01-05', type: '党课' }, 'a'),
      b: newRecord({ date: '' }, 'b'),
      c: newRecord({ date: '2022-12-31', type: '党课' }, 'c'),
      d: newRecord({ date: '2022-12-31', type: '支部党员大会' }, 'd'),
    };
    expect(recordList(rs).map((r) => r.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(recordsOfYear(rs, 2022).map((r) => r.id)).toEqual(['d', 'c']);
    expect(recordYears(rs)).toEqual([2023, 2022]);
  });

  it('says what a record still needs, and counts who was expected once each', () => {
    expect(recordProblems(newRecord())).toEqual(['请填写日期', '请填写主题']);
    expect(recordProblems(sample().records.r1)).toEqual([]);
    expect(expected(newRecord({ attendees: ['a', 'b'], absent: [{ id: 'c', reason: '' }, { id: 'a', reason: '' }] }))).toBe(3);
  });
});

describe('storage size', () => {
  it('keeps a year of a 60-member branch (about 160 records) under 300 KB of localStorage', async () => {
    const { branchBook } = await import('../../records-data');
    const book = branchBook([2022]);
    expect(Object.keys(book.records).length).toBeGreaterThan(150);
    const stored = writeEnvelope(book, branchSpec, now);
    expect(readEnvelope(stored, branchSpec).ok).toBe(true);
    // localStorage counts UTF-16 code units: 2 bytes each.
    expect(stored.length * 2).toBeLessThan(300 * 1024);
  });
});

describe('large backups', () => {
  it('restores a five-year book past the usual 1 MB backup limit, and still refuses absurd files', async () => {
    const { branchBook } = await import('../../records-data');
    const book = branchBook([2021, 2022, 2023, 2024, 2025]);
    const text = backupJson(branchBackup, book, now.toISOString());
    const size = Buffer.byteLength(text);
    expect(size).toBeGreaterThan(1_000_000);
    const r = readBackup(text, size, branchBackup);
    expect(r.ok && Object.keys(r.data.records).length).toBe(Object.keys(book.records).length);
    expect(readBackup(text, 9_000_000, branchBackup).ok).toBe(false);
  });
});

describe('export note', () => {
  it('names incomes only once a 党费基数 is entered', () => {
    const d = sample();
    expect(exportNote(d)).toBe(personalDataNote);
    expect(exportNote({ ...d, dues: { deductions: [], members: { m1: { history: [], payments: {} } } } })).toBe(personalDataNote);
    const withBase = { ...d, dues: { deductions: [], members: { m1: { history: [{ from: '2022-01', category: '在职' as const, fen: 300000 }], payments: {} } } } };
    expect(exportNote(withBase)).toMatch(/^备份文件含有党员的收入信息（党费基数）。/);
    expect(exportNote(withBase)).toContain(personalDataNote);
  });
});
