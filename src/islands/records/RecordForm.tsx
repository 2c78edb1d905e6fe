// One record, edited in place in the draft (so it is saved as it is typed, like every form page):
// 保存记录 checks it is complete and closes the form. Attendance is picked from the member list.
import { useEffect, useRef, useState } from 'preact/hooks';
import { inBranchOn, isPartyMember, memberList, memberName, type Members } from '../../lib/records/members';
import { recordLimits, recordProblems, recordTypes, type OrgRecord, type RecordType } from '../../lib/records/record';

interface Props {
  record: OrgRecord;
  members: Members;
  edit: (change: (r: OrgRecord) => OrgRecord) => void;
  close: () => void;
  remove: () => void;
  print: () => void;
}

type Presence = '' | '出席' | '缺席';

function presenceOf(r: OrgRecord, id: string): Presence {
  return r.attendees.includes(id) ? '出席' : r.absent.some((a) => a.id === id) ? '缺席' : '';
}

function setPresence(r: OrgRecord, id: string, p: Presence): OrgRecord {
  const attendees = r.attendees.filter((x) => x !== id);
  const kept = r.absent.find((a) => a.id === id);
  const absent = r.absent.filter((a) => a.id !== id);
  if (p === '出席') attendees.push(id);
  if (p === '缺席') absent.push(kept ?? { id, reason: '' });
  return { ...r, attendees, absent };
}

export function RecordForm({ record: r, members, edit, close, remove, print }: Props) {
  const [problems, setProblems] = useState<string[]>([]);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const id = (f: string) => `rec-${f}`;
  const set = (patch: Partial<OrgRecord>) => edit((x) => ({ ...x, ...patch }));
  const text = (f: 'place' | 'host' | 'recorder' | 'speaker' | 'theme', label: string, max: number, list?: boolean) => (
    <span class="field">
      <label for={id(f)}>{label}</label>
      <input id={id(f)} type="text" value={r[f] ?? ''} maxLength={max} list={list ? 'member-names' : undefined} onInput={(e) => set({ [f]: e.currentTarget.value })} />
    </span>
  );
  // Who could attend: everyone in the branch on the day (or all, before a date is chosen).
  const people = memberList(members).filter((m) => !r.date || inBranchOn(m, r.date) || presenceOf(r, m.id));
  const gone = [...r.attendees, ...r.absent.map((a) => a.id)].filter((x) => !members[x]);

  function save() {
    const p = recordProblems(r);
    setProblems(p);
    if (p.length === 0) close();
  }

  return (
    <form class="record-form" aria-labelledby="record-form-h" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <h3 id="record-form-h">{r.date ? `编辑记录：${r.type}` : '新记录'}</h3>
      <datalist id="member-names">{memberList(members).map((m) => m.name.trim() && <option key={m.id} value={m.name.trim()} />)}</datalist>
      <div class="record-grid">
        <span class="field">
          <label for={id('type')}>类型</label>
          <select id={id('type')} ref={first} value={r.type} onChange={(e) => set({ type: e.currentTarget.value as RecordType })}>
            {recordTypes.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </span>
        <span class="field">
          <label for={id('date')}>日期</label>
          <input id={id('date')} type="date" value={r.date} min="1921-01-01" max="2100-12-31" onInput={(e) => set({ date: e.currentTarget.value })} />
        </span>
        {text('place', '地点', recordLimits.place)}
        {text('host', '主持人', recordLimits.person, true)}
        {text('recorder', '记录人', recordLimits.person, true)}
        {text('speaker', '主讲人', recordLimits.person, true)}
        <span class="field">
          <label for={id('hours')}>学时</label>
          <input id={id('hours')} type="number" min="0" max={recordLimits.hours} step="0.5" inputMode="decimal" defaultValue={String(r.hours)}
            onInput={(e) => {
              const n = e.currentTarget.valueAsNumber;
              if (e.currentTarget.value === '') set({ hours: 0 });
              else if (Number.isFinite(n) && n >= 0 && n <= recordLimits.hours) set({ hours: n });
            }} />
        </span>
      </div>
      {text('theme', '主题', recordLimits.theme)}
      <span class="field">
        <label for={id('content')}>内容</label>
        <textarea id={id('content')} rows={6} maxLength={recordLimits.content} value={r.content} onInput={(e) => set({ content: e.currentTarget.value })} />
      </span>
      <fieldset class="attendance">
        <legend>出席情况（应到 {r.attendees.length + r.absent.length} 人，实到 {r.attendees.length} 人）</legend>
        {people.length === 0 ? <p class="meta">名单中还没有人员：请先在“党员花名册”中添加党员。</p> : (
          <p class="attendance-tools">
            <button type="button" onClick={() => edit((x) => people.filter(isPartyMember).reduce((acc, m) => (presenceOf(acc, m.id) ? acc : setPresence(acc, m.id, '出席')), x))}>
              其余党员均出席
            </button>
            <button type="button" onClick={() => edit((x) => ({ ...x, attendees: [], absent: [] }))}>清空出席情况</button>
          </p>
        )}
        <ul class="attendance-list">
          {people.map((m) => {
            const p = presenceOf(r, m.id);
            const reason = r.absent.find((a) => a.id === m.id)?.reason ?? '';
            return (
              <li key={m.id}>
                <label for={id(`p-${m.id}`)}>{memberName(m)}</label>
                <select id={id(`p-${m.id}`)} value={p} onChange={(e) => edit((x) => setPresence(x, m.id, e.currentTarget.value as Presence))}>
                  <option value="">不在应到范围</option>
                  <option value="出席">出席</option>
                  <option value="缺席">缺席</option>
                </select>
                {p === '缺席' && (
                  <input type="text" aria-label={`${memberName(m)}缺席原因`} placeholder="缺席原因" value={reason} maxLength={recordLimits.reason}
                    onInput={(e) => { const v = e.currentTarget.value; edit((x) => ({ ...x, absent: x.absent.map((a) => (a.id === m.id ? { ...a, reason: v } : a)) })); }} />
                )}
              </li>
            );
          })}
        </ul>
        {gone.length > 0 && <p class="meta">另有 {gone.length} 人已从名单中删除，仍计入这条记录的应到人数。</p>}
      </fieldset>
      <span class="field">
        <label for={id('photos')}>图片说明（每行一张；本页不保存图片本身）</label>
        <textarea id={id('photos')} rows={2} value={r.photos.join('\n')}
          onInput={(e) => set({ photos: e.currentTarget.value.split('\n').slice(0, recordLimits.photos).map((s) => s.slice(0, recordLimits.caption)) })} />
      </span>
      <div role="alert" class="error">{problems.length > 0 && `还不能保存：${problems.join('，')}。`}</div>
      <p class="record-actions">
        <button type="submit" class="primary">保存记录</button>
        <button type="button" onClick={print}>打印纪实表</button>
        <button type="button" onClick={() => confirm('确定删除这条记录吗？') && remove()}>删除记录</button>
      </p>
    </form>
  );
}
