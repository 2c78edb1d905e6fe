// Backup files: a draft exported as JSON and read back (backup-read.ts). The file is the storage
// envelope plus what it holds (`kind`), so a file from another tool or form is recognised and
// refused with a plain reason.
import type { RecordSpec } from './envelope';

export const backupApp = 'party-branch-handbook';
/** Real backups are a few KB; anything near this is not one (and would choke the page). */
export const maxBackupBytes = 1_000_000;

export interface BackupKind<T> {
  /** e.g. 'checklist'; stored in the file. */
  kind: string;
  /** What users call it, for messages: 自评登记表. */
  label: string;
  spec: RecordSpec<T>;
  /** A larger limit than maxBackupBytes, for kinds whose real backups grow past it (a branch book of several years). */
  maxBytes?: number;
}

export function backupJson<T>(kind: BackupKind<T>, data: T, savedAt: string): string {
  return JSON.stringify({ app: backupApp, kind: kind.kind, schemaVersion: kind.spec.version, savedAt, data }, null, 2);
}

/** A file name users recognise: 物理系党支部-自评登记表-2026-11-27.json */
export function backupFileName(label: string, what: string, savedAt: string, ext: string): string {
  const safe = (label.trim() || '未命名').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
  return `${safe}-${what}-${savedAt.slice(0, 10)}.${ext}`;
}
