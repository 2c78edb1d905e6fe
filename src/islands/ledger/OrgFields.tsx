// The organisation a ledger belongs to, and whether this browser remembers it as the user's own
// (then the checklist and the case writer fill it in too). Used by the ledger and the branch book.
import { useState } from 'preact/hooks';
import { forgetProfile, orgKinds, saveProfile, type OrgKind } from '../../lib/storage/profile';
import { browserStorage } from '../drafts/useSession';

type Org = { orgName: string; orgKind: OrgKind | '' };

interface Props<D extends Org> {
  draft: D;
  disabled: boolean;
  /** Decided once when a draft opens (mount this with the draft's id as key). */
  rememberAtFirst: boolean;
  edit: (change: (d: D) => D) => void;
}

const limits = { orgName: 100 };
const setOrg = <D extends Org>(d: D, org: Partial<{ name: string; kind: OrgKind }>): D => ({
  ...d,
  ...(org.name !== undefined && { orgName: org.name.slice(0, limits.orgName) }),
  ...(org.kind !== undefined && { orgKind: org.kind }),
});

export function OrgFields<D extends Org>({ draft, disabled, rememberAtFirst, edit }: Props<D>) {
  const [remembering, setRemembering] = useState(rememberAtFirst);
  const [problem, setProblem] = useState('');

  function commit(name = draft.orgName, kind = draft.orgKind, on = remembering) {
    if (!on) return;
    const r = saveProfile(browserStorage(), { name, kind });
    setProblem(r.ok ? '' : `未能记住组织：${r.message}`);
  }

  return (
    <fieldset class="org-fields">
      <legend>本组织</legend>
      <label for="org-name">组织名称</label>
      <input id="org-name" type="text" value={draft.orgName} maxLength={limits.orgName} disabled={disabled} autocomplete="organization"
        onInput={(e) => edit((d) => setOrg(d, { name: e.currentTarget.value }))}
        onChange={(e) => commit(e.currentTarget.value)} />
      <fieldset class="inline-choices">
        <legend>组织类型</legend>
        {orgKinds.map((k) => (
          <label key={k}>
            <input type="radio" name="org-kind" value={k} checked={draft.orgKind === k} disabled={disabled}
              onChange={() => { edit((d) => setOrg(d, { kind: k as OrgKind })); commit(draft.orgName, k); }} />
            {k}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={remembering} disabled={disabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setRemembering(on);
            // Unticking forgets at once: the checklist and the case writer stop filling it in.
            if (on) commit(undefined, undefined, true);
            else setProblem(forgetProfile(browserStorage()) ? '未能忘记这个组织：浏览器拒绝修改保存的数据' : '');
          }} />
        在本浏览器记住这个组织（自评登记表、案例写作也会自动填入）
      </label>
      {/* Storage that refuses this also fails the draft, which the drafts bar's alert reports. */}
      {problem && <p class="error">{problem}</p>}
    </fieldset>
  );
}
