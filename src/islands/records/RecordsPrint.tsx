// What prints: one record as an A4 纪实表, or the year's 台账 (types × months, then every record).
// Without JavaScript the page prints a blank 纪实表 to fill by hand.
import { chineseDate } from '../../lib/content/dates';
import { attendance, monthCell, yearTable } from '../../lib/records/book';
import type { BranchDraft } from '../../lib/records/branch';
import { recordsOfYear, type OrgRecord, type Records } from '../../lib/records/record';

const blankRecord = { type: '', date: '', place: '', host: '', recorder: '', theme: '', content: '', hours: 0, photos: [] as string[] };

export function RecordSheet({ draft, record, heading = 'h2' }: { draft: BranchDraft; record?: OrgRecord; heading?: 'h2' | 'h3' }) {
  const r = record ?? blankRecord;
  const a = record ? attendance(record, draft.members) : null;
  const H = heading;
  const photos = r.photos.filter((p) => p.trim());
  return (
    <section class="record-sheet">
      <H class="sheet-title">{r.type || '组织生活'}纪实表</H>
      <p class="form-head"><span>组织名称：<span class="fill-line">{draft.orgName.trim() || '　'.repeat(12)}</span></span></p>
      <table class="official-table sheet-table">
        <tbody>
          <tr><th scope="row">时间</th><td>{r.date ? chineseDate(r.date) : ''}</td><th scope="row">地点</th><td>{r.place}</td></tr>
          <tr><th scope="row">主持人</th><td>{r.host}</td><th scope="row">记录人</th><td>{r.recorder}</td></tr>
          <tr><th scope="row">应到人数</th><td>{a ? a.expected : ''}</td><th scope="row">实到人数</th><td>{a ? a.present : ''}</td></tr>
          <tr><th scope="row">缺席人员及原因</th><td colSpan={3}>{a ? a.absent.join('、') || '无' : ''}</td></tr>
          <tr><th scope="row">出席人员</th><td colSpan={3}>{a?.presentNames.join('、')}</td></tr>
          {record?.speaker?.trim() && <tr><th scope="row">主讲人</th><td colSpan={3}>{record.speaker}</td></tr>}
          <tr><th scope="row">主题</th><td colSpan={3}>{r.theme}</td></tr>
          <tr class="sheet-content"><th scope="row">内容</th><td colSpan={3}>{r.content}</td></tr>
          <tr><th scope="row">学时</th><td colSpan={3}>{record ? r.hours : ''}</td></tr>
          {photos.length > 0 && <tr><th scope="row">图片说明</th><td colSpan={3}>{photos.join('；')}</td></tr>}
        </tbody>
      </table>
    </section>
  );
}

export function BookPrint({ draft, year }: { draft: BranchDraft; year: number }) {
  const all = recordsOfYear(draft.records, year);
  return (
    <section class="book-print">
      <h2 class="sheet-title">{draft.orgName.trim()}{year}年组织生活台账</h2>
      <YearTable records={draft.records} year={year} />
      <p>本年度共 {all.length} 条记录，逐条如下。</p>
      {all.map((r) => <RecordSheet key={r.id} draft={draft} record={r} heading="h3" />)}
    </section>
  );
}

/** Record types × months, on screen and in print alike. */
export function YearTable({ records, year }: { records: Records; year: number }) {
  return (
    <table class="official-table book-table">
      <thead>
        <tr><th scope="col">类型</th>{Array.from({ length: 12 }, (_, i) => <th key={i} scope="col">{i + 1}月</th>)}<th scope="col">合计</th></tr>
      </thead>
      <tbody>
        {yearTable(records, year).map((t) => (
          <tr key={t.type}><th scope="row">{t.type}</th>{t.months.map((days, i) => <td key={i}>{monthCell(days)}</td>)}<td>{t.total}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
