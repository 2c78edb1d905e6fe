// Builds the 登记表's Word file in a worker, started when “导出 Word” is pressed. A worker rather
// than import(): any import() on the page brings Vite's preload helper (0.9 KB gz up front), and
// the page's budget has no room for it. Says 'ready' once loaded, then answers one table with a Blob.
import { checklistDocxBlob } from '../../lib/checklist/docx';
import type { FormTable } from '../../lib/checklist/checklist';

const reply = (message: Blob | 'ready' | null) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (e: MessageEvent<{ table: FormTable; notes: boolean }>) => {
  try {
    reply(await checklistDocxBlob(e.data.table, e.data.notes));
  } catch {
    reply(null);
  }
};
reply('ready');
