// The member list editor (党员花名册), used by /records/ and /dues/: one group of fields per person,
// each field labelled exactly (姓名, 职务, 类别, 党小组, 加入日期), so screen readers and tests find
// them by name inside the person's group. Deleting asks first: records may point at the person.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addMember, duplicateNames, memberCategories, memberLimits, memberList, memberRoles, newMember, removeMember, updateMember,
  type Member, type MemberCategory, type MemberRole, type Members,
} from '../../lib/records/members';

interface Props {
  members: Members;
  disabled: boolean;
  edit: (change: (ms: Members) => Members) => void;
}

export function MemberList({ members, disabled, edit }: Props) {
  const list = memberList(members);
  const [focusId, setFocusId] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusId) root.current?.querySelector<HTMLInputElement>(`[data-member="${focusId}"] input`)?.focus();
  }, [focusId]);
  const twice = duplicateNames(members);

  function add() {
    const m = newMember(members);
    edit((ms) => addMember(ms, { ...m, seq: newMember(ms).seq }));
    setFocusId(m.id);
  }

  return (
    <div class="member-list" ref={root}>
      <p class="meta">共 {list.length} 人。姓名只保存在这台电脑的浏览器和您导出的备份文件里。</p>
      {list.map((m, i) => <MemberRow key={m.id} m={m} n={i + 1} disabled={disabled} edit={edit} />)}
      {twice.length > 0 && <p class="callout">有重名：{twice.join('、')}。请在姓名后加注区分（如 张伟（化学）），以免签到和统计混淆。</p>}
      <button type="button" id="member-add" disabled={disabled} onClick={add}>添加党员</button>
    </div>
  );
}

function MemberRow({ m, n, disabled, edit }: { m: Member; n: number; disabled: boolean; edit: Props['edit'] }) {
  const set = (patch: Partial<Member>) => edit((ms) => updateMember(ms, m.id, patch));
  const id = (f: string) => `member-${m.id}-${f}`;
  function remove() {
    if (confirm(`确定从名单中删除“${m.name.trim() || `第 ${n} 位`}”吗？已有记录里的出席信息会显示为“已删除的人员”。转出的党员建议填写转出日期而不是删除。`)) {
      edit((ms) => removeMember(ms, m.id));
      // The row and its button go: focus goes on to 添加党员.
      document.getElementById('member-add')?.focus();
    }
  }
  return (
    <fieldset class="member-row" data-member={m.id} disabled={disabled}>
      <legend>第 {n} 位{m.name.trim() ? `：${m.name.trim()}` : ''}</legend>
      <span class="field">
        <label for={id('name')}>姓名</label>
        <input id={id('name')} type="text" value={m.name} maxLength={memberLimits.name} autocomplete="off" onInput={(e) => set({ name: e.currentTarget.value })} />
      </span>
      <span class="field">
        <label for={id('role')}>职务</label>
        <select id={id('role')} value={m.role} onChange={(e) => set({ role: e.currentTarget.value as MemberRole })}>
          {memberRoles.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </span>
      <span class="field">
        <label for={id('category')}>类别</label>
        <select id={id('category')} value={m.category} onChange={(e) => set({ category: e.currentTarget.value as MemberCategory })}>
          {memberCategories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </span>
      <span class="field">
        <label for={id('group')}>党小组</label>
        <input id={id('group')} type="text" value={m.group} maxLength={memberLimits.group} onInput={(e) => set({ group: e.currentTarget.value })} />
      </span>
      <span class="field">
        <label for={id('joined')}>加入日期</label>
        <input id={id('joined')} type="date" value={m.joined ?? ''} min="1921-01-01" max="2100-12-31" onChange={(e) => set({ joined: e.currentTarget.value })} />
      </span>
      <span class="field">
        <label for={id('left')}>转出日期</label>
        <input id={id('left')} type="date" value={m.left ?? ''} min="1921-01-01" max="2100-12-31" onChange={(e) => set({ left: e.currentTarget.value })} />
      </span>
      <button type="button" class="member-remove" onClick={remove}>删除此人</button>
    </fieldset>
  );
}
