// Drafts and backups for any page that keeps a draft: pick, create, copy, rename, delete (with
// undo), export/import backup files, and the one status and one alert region of the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { backupFileName, backupJson, maxBackupBytes, type BackupKind } from '../../lib/storage/backup';
import { savedTime } from '../../lib/content/dates';
import type { DraftSession, SessionState } from '../../lib/storage/draft-session';
import { download } from './download';
import { askToKeep } from './keep';

type Draft = { id: string; label?: string };
type ExportFile = { text: string; ext: string; type: string };

interface Props<T extends Draft> {
  session: DraftSession<T> | null;
  state: SessionState<T> | null;
  title: (d: T) => string;
  /** More about a draft for the picker, e.g. its organisation when the title is a custom name. */
  detail?: (d: T) => string;
  backup: BackupKind<T>;
  /** What the files are called: 党支部自评登记表 → 物理系党支部-党支部自评登记表-2026-11-27.json */
  fileLabel?: string;
  /** Why an otherwise valid backup does not belong on this page, or null. */
  refuse?: (d: T) => string | null;
  /** Extra exports, e.g. a spreadsheet: button label → file (its code may load on demand), named
   *  `what` in its file name where one page exports several (花名册, 2026年台账). */
  exports?: { label: string; what?: string; make: (d: T) => ExportFile | Promise<ExportFile> }[];
  /** Said beside the export buttons, e.g. that the files hold people's names. */
  exportNote?: string;
  /** Takes an imported file in the page's own way (e.g. combining with a draft it already has); returns why not, or null. */
  importer?: (file: File) => Promise<string | null>;
}

export function DraftBar<T extends Draft>({ session, state, title, detail, backup, fileLabel = backup.label, refuse, exports = [], exportNote, importer }: Props<T>) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [keeping, setKeeping] = useState('');
  const lastSaveText = useRef('');
  const file = useRef<HTMLInputElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const renameOpen = renaming !== null;
  useEffect(() => (renameOpen ? nameField.current?.select() : undefined), [renameOpen]);
  const stopRenaming = () => {
    setRenaming(null);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const off = !session || !state;

  const save = state?.save;
  const saveText =
    save?.kind === 'saved' ? `已自动保存（${savedTime(save.at)}）`
    : save?.kind === 'failed' ? '未保存'
    : save?.kind === 'new' ? '尚未保存：开始填写后自动保存'
    : save?.kind === 'pending' ? lastSaveText.current || '正在保存…'
    : '正在载入…';
  if (save?.kind !== 'pending') lastSaveText.current = saveText;

  // Asked once, after the first save: a browser may refuse a site that has stored nothing.
  const saved = save?.kind === 'saved';
  useEffect(() => void (saved && !keeping && askToKeep().then(setKeeping)), [saved]);

  const current = state?.current;
  const savedAt = save?.kind === 'saved' ? save.at : new Date().toISOString();
  const exportAs = (text: string, ext: string, type: string, what = fileLabel) => {
    session!.flush();
    download(text, backupFileName(title(current!), what, savedAt, ext), type);
  };

  async function exportExtra({ make, what }: NonNullable<Props<T>['exports']>[number]) {
    let f: ExportFile;
    try {
      f = await make(current!);
    } catch {
      return session!.notify(unloaded('导出'));
    }
    exportAs(f.text, f.ext, f.type, what);
  }

  async function onImport(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f || !session) return;
    if (importer) {
      const why = await importer(f).catch(() => '无法读取这个文件。');
      if (why) session.notify(`导入失败：${why}当前草稿没有任何改动。`);
      return;
    }
    const text = f.size > (backup.maxBytes ?? maxBackupBytes) ? '' : await f.text();
    let read: typeof import('../../lib/storage/backup-read');
    try {
      read = await import('../../lib/storage/backup-read');
    } catch {
      return session.notify(unloaded('导入'));
    }
    const { readBackup, notBackupHint } = read;
    const r = readBackup(text, f.size, backup);
    const message = r.ok ? refuse?.(r.data) : notBackupHint(f.name) || r.message;
    if (message) session.notify(`导入失败：${message}当前草稿没有任何改动。`);
    else if (r.ok) session.importDraft(r.data);
  }

  const listed = state ? state.drafts.map((d) => d.data) : [];
  const options = current && !listed.some((d) => d.id === current.id) ? [current, ...listed] : listed;
  const when = (d: T) => {
    const s = state?.drafts.find((x) => x.data.id === d.id);
    return s ? `保存于 ${savedTime(s.savedAt)}` : '尚未保存';
  };
  const alerts = [
    save?.kind === 'failed' && `未保存：${save.message}。填写的内容仍在本页，请不要关闭页面，先点“导出备份文件”保存一份。`,
    state?.alert,
  ].filter(Boolean);

  return (
    <section class="drafts no-print" aria-labelledby="drafts-h">
      <h2 id="drafts-h">草稿与备份</h2>
      <p class="drafts-privacy">
        填写的内容只保存在这台电脑的这个浏览器里，不会上传。换电脑、清除浏览数据或使用无痕窗口都会看不到它；Safari 浏览器在 7 天未访问本站后可能自动删除。请经常点“导出备份文件”保存一份。
      </p>
      {keeping && <p class="drafts-privacy drafts-keep">{keeping}</p>}
      <div class="drafts-row">
        <label for="draft-pick">当前草稿</label>
        <select id="draft-pick" ref={picker} disabled={off} value={current?.id} onChange={(e) => session?.switchTo(e.currentTarget.value)}>
          {options.map((d) => (
            <option key={d.id} value={d.id}>{[title(d), detail?.(d), when(d)].filter(Boolean).join(' · ')}</option>
          ))}
        </select>
      </div>
      {renaming !== null ? (
        <form class="drafts-row" onSubmit={(e) => { e.preventDefault(); session?.rename(renaming); stopRenaming(); }}>
          <label for="draft-name">草稿名称</label>
          <input id="draft-name" ref={nameField} value={renaming} maxLength={60} onInput={(e) => setRenaming(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Escape' && stopRenaming()} />
          <button type="submit">确定</button>
          <button type="button" onClick={stopRenaming}>取消</button>
        </form>
      ) : null}
      <div class="drafts-actions">
        <button type="button" disabled={off} onClick={() => session?.create()}>新建草稿</button>
        <button type="button" disabled={off} onClick={() => session?.duplicate()}>复制草稿</button>
        <button type="button" ref={renameButton} disabled={off} onClick={() => setRenaming(title(current!))}>重命名</button>
        <button type="button" disabled={off} onClick={() => session?.remove()}>删除草稿</button>
      </div>
      <div class="drafts-actions">
        <button type="button" disabled={off} onClick={() => exportAs(backupJson(backup, current!, savedAt), 'json', 'application/json')}>导出备份文件</button>
        {exports.map((x) => (
          <button key={x.label} type="button" disabled={off} onClick={() => void exportExtra(x)}>{x.label}</button>
        ))}
        <button type="button" disabled={off} onClick={() => file.current?.click()}>导入备份…</button>
        <input ref={file} type="file" accept=".json,application/json" hidden onChange={onImport} aria-label="导入备份文件" />
      </div>
      {exportNote && <p class="drafts-privacy">{exportNote}</p>}
      <p role="status" class="drafts-status">{saveText}</p>
      <div aria-live="polite" class="drafts-news">
        {state?.news}
        {state?.deleted && (
          <button type="button" onClick={() => { session?.undoDelete(); picker.current?.focus(); }}>撤销删除</button>
        )}
      </div>
      <div role="alert" class="drafts-alert">
        {alerts.map((a) => <p key={a}>{a}</p>)}
        {state?.problems.map((p) => (
          <p key={p.key}>
            {!p.newer && '有一份保存的数据无法读取：'}{p.message}。它已原样保留，没有删除。
            <button type="button" onClick={() => downloadKept(p.key) || session?.refreshList()}>下载这份数据</button>
            <button type="button" onClick={() => discardKept(p.key) && session?.refreshList()}>删除这份数据</button>
          </p>
        ))}
      </div>
    </section>
  );
}

/** When code loaded on use cannot load (offline, the site not kept on the device). */
const unloaded = (what: string) => `${what}失败：无法加载${what}功能（网络可能已断开），请联网后刷新页面再试。当前草稿没有任何改动。`;

function discardKept(key: string): boolean {
  if (!confirm('确定删除这份无法读取的数据吗？删除后无法恢复，建议先下载保存。')) return false;
  localStorage.removeItem(key);
  return true;
}

/** Exactly the text kept under the problem's key; false if it is gone (another tab deleted it). */
function downloadKept(key: string): boolean {
  const raw = localStorage.getItem(key);
  if (raw !== null) download(raw, `无法读取的数据-${key.replace(/[^\w-]+/g, '_')}.txt`, 'text/plain');
  return raw !== null;
}
