// The year's 台账 as tables: record types × months (how many, on which days), every record in date
// order. The printed 台账 and the CSV export (sheets.ts) read the same tables.
import { memberList, memberName, type Members } from './members';
import { expected, recordsOfYear, recordTypes, type OrgRecord, type RecordType, type Records } from './record';

export interface TypeRow {
  type: RecordType;
  /** Day numbers of each month's records, January first. */
  months: number[][];
  total: number;
}

export function yearTable(records: Records, year: number): TypeRow[] {
  const rows = recordTypes.map((type) => ({ type, months: Array.from({ length: 12 }, () => [] as number[]), total: 0 }));
  for (const r of recordsOfYear(records, year)) {
    const row = rows[recordTypes.indexOf(r.type)];
    row.months[Number(r.date.slice(5, 7)) - 1].push(Number(r.date.slice(8, 10)));
    row.total++;
  }
  return rows;
}

/** A month's cell: 2次（5日、19日）, or '' when none. */
export function monthCell(days: number[]): string {
  return days.length ? `${days.length}次（${days.map((d) => `${d}日`).join('、')}）` : '';
}

export interface Attendance {
  expected: number;
  present: number;
  /** 姓名（原因） for each absentee. */
  absent: string[];
  presentNames: string[];
}

export function attendance(r: OrgRecord, members: Members): Attendance {
  const name = (id: string) => memberName(members[id]);
  const here = new Set(r.attendees);
  return {
    expected: expected(r),
    present: here.size,
    absent: r.absent.filter((a) => !here.has(a.id)).map((a) => (a.reason.trim() ? `${name(a.id)}（${a.reason.trim()}）` : name(a.id))),
    presentNames: memberList(members).filter((m) => here.has(m.id)).map((m) => memberName(m)),
  };
}
