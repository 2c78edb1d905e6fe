// Bringing branches' backup files in: many at once by picker or drag-and-drop, a line per file
// that was not simply added, storage trouble, and clearing the whole set.
import { useRef } from 'preact/hooks';
import type { Problem } from '../../lib/storage/drafts';
import type { Outcome } from '../../lib/summary/import';

export interface Report {
  summary: string;
  outcomes: Outcome[];
}

interface Props {
  ready: boolean;
  busy: boolean;
  dragging: boolean;
  report: Report | null;
  /** What could not be stored, if anything. */
  unsaved: string | null;
  problems: Problem[];
  counts: string | null;
  onFiles: (files: File[]) => void;
  onClear: () => void;
  /** Forms saved more than oldDays ago, which can be cleared on their own. */
  oldCount: number;
  oldDays: number;
  onClearOld: () => void;
  onDownloadKept: (key: string) => void;
  onDiscardKept: (key: string) => void;
}

export function ImportPanel(p: Props) {
  const input = useRef<HTMLInputElement>(null);
  const listed = p.report?.outcomes.filter((o) => o.kind !== 'added') ?? [];
  return (
    <section class="sm-import no-print" aria-labelledby="sm-import-h">
      <h2 id="sm-import-h">导入登记表</h2>
      <p>请各党总支、党支部在自评页点“导出备份文件”，把得到的文件交来。这里可以一次选择多个文件，也可以把文件拖到本页。文件只在这个浏览器里读取和保存，不会上传到任何地方。</p>
      <div class={p.dragging ? 'sm-drop is-over' : 'sm-drop'}>
        <span>把备份文件拖到这里，或</span>
        <button type="button" class="primary" disabled={!p.ready || p.busy} onClick={() => input.current?.click()}>选择文件…</button>
        <input ref={input} type="file" multiple accept=".json,application/json" hidden aria-label="选择备份文件"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) p.onFiles(files);
          }} />
      </div>
      <p role="status" class="sm-status">{p.busy ? '正在读取文件…' : p.report?.summary}</p>
      {listed.length > 0 && (
        <ul class="sm-outcomes">
          {listed.map((o, i) => <li key={i} data-kind={o.kind}><strong>{o.file}</strong>：{o.message}</li>)}
        </ul>
      )}
      <div role="alert" class="sm-alert">
        {p.unsaved && <p>{p.unsaved}</p>}
        {p.problems.map((k) => (
          <p key={k.key}>
            有一份保存的汇总数据无法读取：{k.message}。它已原样保留，没有删除。
            <button type="button" onClick={() => p.onDownloadKept(k.key)}>下载这份数据</button>
            <button type="button" onClick={() => p.onDiscardKept(k.key)}>删除这份数据</button>
          </p>
        ))}
      </div>
      {p.counts && (
        <p class="sm-kept">
          {p.counts}
          <button type="button" onClick={p.onClear}>清空已导入的登记表…</button>
          {p.oldCount > 0 && <button type="button" onClick={p.onClearOld}>清空 {p.oldDays} 天前保存的 {p.oldCount} 份…</button>}
        </p>
      )}
    </section>
  );
}
