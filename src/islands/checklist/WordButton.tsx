// “导出 Word”: the 登记表 as a .docx laid out as it prints, with the 说明 column when the print has it.
import { draftTitle, fileLabel, formTable, type ChecklistDraft, type FormSpec, type FormTable } from '../../lib/checklist/checklist';
import { backupFileName } from '../../lib/storage/backup';
import { useWordExport } from '../drafts/useWordExport';
import WordWorker from './word-worker?worker';

/** The worker once its script has loaded; offline (or no workers) it fails, and the hook says so. */
const start = () =>
  new Promise<Worker>((ok, fail) => {
    const w = new WordWorker();
    w.onmessage = () => ok(w);
    w.onerror = () => (w.terminate(), fail());
  });

const build = (w: Worker, table: FormTable, notes: boolean) =>
  new Promise<Blob>((ok, fail) => {
    w.onmessage = (e) => (w.terminate(), e.data instanceof Blob ? ok(e.data) : fail());
    w.onerror = () => (w.terminate(), fail());
    w.postMessage({ table, notes });
  });

interface Props {
  spec: FormSpec;
  draft: ChecklistDraft;
  notes: boolean;
  disabled: boolean;
  onBeforeOutput: () => void;
}

export function WordButton({ spec, draft, notes, disabled, onBeforeOutput }: Props) {
  const [word, exportWord] = useWordExport();
  function onClick() {
    onBeforeOutput();
    const name = backupFileName(draftTitle(draft), fileLabel(spec, draft), new Date().toISOString(), 'docx');
    const table = formTable(spec, draft);
    exportWord(name, start, (w) => build(w, table, notes));
  }
  return (
    <>
      <button type="button" disabled={disabled || word.busy} onClick={onClick}>导出 Word（.docx）</button>
      {/* Not role="status": the drafts bar's save state is the page's one status. */}
      <p aria-live="polite" class={word.failed ? 'ck-word failed' : 'ck-word'}>{word.message}</p>
    </>
  );
}
