// Reading a backup file: loaded when a file is chosen, not with every form page. Reading never
// changes anything; the caller decides what to do with the data.
import * as v from 'valibot';
import { backupApp, maxBackupBytes, type BackupKind } from './backup';
import { savedAtProblem } from './checks';
import { readEnvelope } from './envelope';

const header = v.object({ app: v.literal(backupApp), kind: v.string() });

const exportedKinds: [RegExp, string][] = [
  [/\.csv$/i, '表格（CSV）文件，只用于在 Excel 中查看'],
  [/\.xlsx?$/i, ' Excel 表格文件，只用于查看和打印'],
  [/\.docx?$/i, ' Word 文件，只用于打印和报送'],
  [/\.pdf$/i, ' PDF 文件，只用于查看和打印'],
];

/**
 * For a file that is not a backup: what it is by its name (the CSV, Word and PDF files sit beside
 * the backup button, easy to send by mistake) and which file to import instead; '' if unknown.
 */
export function notBackupHint(fileName: string): string {
  const kind = exportedKinds.find(([name]) => name.test(fileName.trim()))?.[1];
  return kind ? `这是${kind}。导入请选择用“导出备份文件”保存的 .json 文件。` : '';
}

export type BackupResult<T> = { ok: true; data: T; savedAt: string } | { ok: false; message: string };

const kindLabels: Record<string, string> = { checklist: '自评登记表', case: '案例文本', ledger: '工作台账', branch: '支部台账' };

/**
 * Validates a backup file's text; `sizeBytes` is the file's size as the browser reports it.
 * Never throws: any text gives the data or a Chinese reason.
 */
export function readBackup<T>(text: string, sizeBytes: number, kind: BackupKind<T>, now = new Date()): BackupResult<T> {
  const fail = (message: string) => ({ ok: false as const, message });
  if (sizeBytes > (kind.maxBytes ?? maxBackupBytes)) return fail(`文件太大（${(sizeBytes / 1e6).toFixed(1)} MB），不是本网站导出的备份文件。`);
  if (text.trim() === '') return fail('文件是空的，没有可导入的内容。');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('文件已损坏或不是备份文件（不是有效的 JSON）。');
  }
  const head = v.safeParse(header, json);
  if (!head.success) return fail(`这不是本网站导出的${kind.label}备份文件。`);
  if (head.output.kind !== kind.kind) {
    const other = kindLabels[head.output.kind];
    return fail(other ? `这是${other}的备份文件，不是${kind.label}，请到相应页面导入。` : `这不是${kind.label}备份文件。`);
  }
  const r = readEnvelope(text, kind.spec);
  if (r.ok) {
    const late = savedAtProblem(r.envelope.savedAt, now);
    return late ? fail(`备份文件内容有误：${late}。`) : { ok: true, data: r.envelope.data, savedAt: r.envelope.savedAt };
  }
  if (r.reason === 'missing') return fail('文件是空的，没有可导入的内容。');
  if (r.reason === 'newer') return fail(`${r.message}。请刷新页面或使用最新版网站后再导入。`);
  return fail(`备份文件内容有误：${r.message.replace('保存的数据', '')}。`);
}
