// The year's 台账 as tables: record types × months (how many, on which days), every record in date
// order, and both as spreadsheet rows. The printed 台账 and the CSV export read the same rows.
import { chineseDate } from '../content/dates';
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

/** The year as spreadsheet rows: the types × months table, then every record. */
export function bookRows(orgName: string, records: Records, members: Members, year: number): string[][] {
  const rows: string[][] = [[`${orgName.trim() || '（未填组织名称）'} ${year}年组织生活台账`], [], ['类型', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '合计']];
  for (const t of yearTable(records, year)) rows.push([t.type, ...t.months.map(monthCell), String(t.total)]);
  rows.push([], ['日期', '类型', '主题', '地点', '主持人', '记录人', '主讲人', '应到', '实到', '缺席人员及原因', '学时', '出席人员', '内容', '图片说明']);
  for (const r of recordsOfYear(records, year)) {
    const a = attendance(r, members);
    rows.push([
      chineseDate(r.date), r.type, r.theme, r.place, r.host, r.recorder, r.speaker ?? '', String(a.expected), String(a.present), a.absent.join('、'),
      String(r.hours), a.presentNames.join('、'), r.content, r.photos.join('；'),
    ]);
  }
  return rows;
}
