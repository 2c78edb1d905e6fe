// Evidence from the branch's records beside each 登记表 item (台账依据). This is all every 登记表
// page loads up front: the work (reading the branch book, counting, the boxes under the items) is
// in EvidencePanel, imported only when this browser holds a branch book, so the page stays within
// its budget for everyone else.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

export interface PanelProps {
  org: string;
  orgName: string;
  /** 申报时间 (YYYY-MM-DD or ''): its year is the default 统计年度. */
  date: string;
  /** Changes one item's 说明. */
  editNote: (id: string, change: (note: string) => string) => void;
}

function hasBranchBook() {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith('handbook:branch:')) return true;
  } catch {}
  return false;
}

export function EvidenceBar(props: PanelProps) {
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [none, setNone] = useState(false);
  useEffect(() => {
    if (!hasBranchBook()) return setNone(true);
    import('./EvidencePanel').then((m) => setPanel(() => m.EvidencePanel), () => setNone(true));
  }, []);
  if (Panel) return <Panel {...props} />;
  return none ? <p class="ck-evidence-hint">在<a href="/records/">支部工作记录</a>中记下党员名单和组织生活后，这里会逐项显示台账依据。</p> : null;
}
