import { describe, expect, it } from 'vitest';
import { recordPeriod } from '../../../src/lib/content/tasks';
import { emptyBranch, pickBook } from '../../../src/lib/records/branch';
import { emptyLedger, setNote } from '../../../src/lib/records/ledger';
import { matchingRecords, tickFromRecord } from '../../../src/lib/records/ledger-records';
import { withEvidence } from '../../../src/lib/records/note';
import { newRecord } from '../../../src/lib/records/record';

describe('the notice period', () => {
  it('runs from the first of the month to the last deadline, or the month end if later', () => {
    expect(recordPeriod({ month: '2022-04', deadlines: [{ due: '2022-05-06' }, { due: '2022-04-20' }] as never })).toEqual({ from: '2022-04-01', to: '2022-05-06' });
    expect(recordPeriod({ month: '2024-02', deadlines: [{ due: '2024-02-10' }] as never })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('ledger from records', () => {
  const records = {
    a: newRecord({ type: '支部党员大会', date: '2022-03-31', theme: '三月' }, 'a'),
    b: newRecord({ type: '支部党员大会', date: '2022-05-06', theme: '五月', attendees: ['x', 'y'] }, 'b'),
    c: newRecord({ type: '主题党日', date: '2022-04-15', theme: '党日' }, 'c'),
    d: newRecord({ type: '支部党员大会', date: '2022-04-01', theme: '' }, 'd'),
  };
  it('finds records of the type within the period, boundaries included, by date', () => {
    expect(matchingRecords(records, '支部党员大会', { from: '2022-04-01', to: '2022-05-06' }).map((r) => r.id)).toEqual(['d', 'b']);
  });
  it('ticks with the date, head count and where the record is, keeping what was written', () => {
    const l = emptyLedger('2022-04', 'l');
    expect(tickFromRecord(l, 'party-meeting', records.b).entries['party-meeting']).toEqual({
      done: true, date: '2022-05-06', participants: '2人', note: '见支部工作记录：2022年5月6日 支部党员大会“五月”',
    });
    const written = setNote(l, 'party-meeting', '记录本第3页');
    expect(tickFromRecord(written, 'party-meeting', records.d).entries['party-meeting']).toEqual({ done: true, date: '2022-04-01', note: '记录本第3页' });
  });
});

describe('choosing a branch book', () => {
  const books = [{ ...emptyBranch('1'), orgName: '化学系党总支', orgKind: '党总支' as const }, { ...emptyBranch('2'), orgName: '物理系 党支部', orgKind: '党支部' as const }];
  it('prefers the same organisation, then the same kind, then the newest', () => {
    expect(pickBook(books, '党总支', '物理系党支部')?.id).toBe('2');
    expect(pickBook(books, '党支部', '')?.id).toBe('2');
    expect(pickBook(books, '其他', '')?.id).toBe('1');
    expect(pickBook([], '党支部', 'x')).toBeUndefined();
  });
});

describe('evidence in 说明', () => {
  it('adds one line per year and replaces it when copied again', () => {
    const a = withEvidence('', 2022, '2022年台账记录：A。');
    expect(a).toBe('2022年台账记录：A。');
    const b = withEvidence(`记录本\n${a}`, 2022, '2022年台账记录：B。');
    expect(b).toBe('记录本\n2022年台账记录：B。');
    expect(withEvidence(b, 2023, '2023年台账记录：C。')).toBe('记录本\n2022年台账记录：B。\n2023年台账记录：C。');
  });
});
