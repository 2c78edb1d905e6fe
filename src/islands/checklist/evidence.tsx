// Evidence from the branch's records beside each 登记表 item (台账依据). This is all every 登记表
// page loads up front: the work (reading the branch book, counting, the boxes under the items) is
// in EvidencePanel, imported only when this browser holds a branch book (`handbook:branch:…`), so
// the page stays within its budget for everyone else.
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { hasBooks } from '../../lib/records/keys';
import { browserStorage } from '../drafts/useSession';

export interface PanelProps {
  org: string;
  orgName: string;
  /** 申报时间 (YYYY-MM-DD or ''): its year is the default 统计年度. */
  date: string;
  /** Changes one item's 说明. */
  editNote: (id: string, change: (note: string) => string) => void;
}

export function EvidenceBar(props: PanelProps) {
  const [Panel, setPanel] = useState<FunctionComponent<PanelProps>>();
  useEffect(() => {
    if (hasBooks(browserStorage())) import('./EvidencePanel').then((m) => setPanel(() => m.EvidencePanel));
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
