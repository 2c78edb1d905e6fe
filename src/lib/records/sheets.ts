// The branch book as spreadsheet rows (CSV export): loaded when a file is asked for, so /records/
// does not carry it up front.
import { chineseDate } from '../content/dates';
import { attendance, monthCell, yearTable } from './book';
import { memberList, type Members } from './members';
import { recordsOfYear, type Records } from './record';

/** The member list as spreadsheet rows (花名册). */
export function memberRows(members: Members): string[][] {
  const rows = [['序号', '姓名', '职务', '类别', '党小组', '加入日期', '转出日期']];
  memberList(members).forEach((m, i) => rows.push([String(i + 1), m.name, m.role, m.category, m.group, m.joined ?? '', m.left ?? '']));
  return rows;
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
