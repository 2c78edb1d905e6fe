// One organisation's form, read-only, printed exactly like the checklist prints it (PrintForm).
import { useEffect, useRef, useState } from 'preact/hooks';
import { itemIds, orphanedAnswers, progress, type FormSpec } from '../../lib/checklist/checklist';
import { savedDateTime } from '../../lib/content/dates';
import { sourceFiles, type SummaryEntry } from '../../lib/summary/entries';
import { PrintForm } from '../checklist/PrintForm';

interface Props {
  spec: FormSpec;
  entry: SummaryEntry;
  /** Position in the current list, for 上一个/下一个. */
  index: number;
  count: number;
  onGo: (step: -1 | 1) => void;
  onBack: () => void;
  onRemove: () => void;
}

export function OrgDetail({ spec, entry, index, count, onGo, onBack, onRemove }: Props) {
  const [notes, setNotes] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const { draft } = entry;
  const ids = itemIds(spec);
  const p = progress(ids, draft.answers);
  const orphans = orphanedAnswers(ids, draft.answers);
  return (
    <section class="sm-detail" aria-labelledby="sm-detail-h">
      <div class="sm-toolbar no-print">
        <button type="button" onClick={onBack}>返回汇总</button>
        <button type="button" disabled={index <= 0} onClick={() => onGo(-1)}>上一个</button>
        <button type="button" disabled={index >= count - 1} onClick={() => onGo(1)}>下一个</button>
        <span>第 {index + 1} 个，共 {count} 个</span>
      </div>
      <p class="attachment-mark" aria-hidden="true">附件2{spec.ordinal}</p>
      <h2 id="sm-detail-h" ref={heading} class="sm-form-title" tabindex={-1}>{spec.title}</h2>
      <p class="meta no-print">
        {draft.orgName} · 来自文件 {sourceFiles(entry)} · 保存于 {savedDateTime(entry.savedAt) || '时间不明'} · 已自评 {p.selfAnswered}/{p.total}，达标 {p.selfMet} · 上级已验收 {p.superiorAnswered}/{p.total}
      </p>
      {orphans.length > 0 && (
        <p class="meta no-print">这份登记表还有 {orphans.length} 条答案对应的条目已不在当前版本的登记表中（编号 {orphans.join('、')}），不计入汇总。</p>
      )}
      <PrintForm spec={spec} draft={draft} notes={notes} />
      <div class="sm-toolbar no-print">
        <label><input type="checkbox" checked={notes} onChange={(e) => setNotes(e.currentTarget.checked)} />显示并打印“说明”列</label>
        <button type="button" class="primary" onClick={() => print()}>打印登记表</button>
        <button type="button" onClick={onRemove}>从汇总中移除</button>
      </div>
    </section>
  );
}
