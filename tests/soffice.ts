// LibreOffice as a reader without Word or Excel would open our files. CI installs it; elsewhere
// a missing soffice skips only the LibreOffice part of a test, with a printed note.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function sofficePath(): string | null {
  try {
    const path = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim();
    if (path) return path;
  } catch {}
  if (process.env.CI) throw new Error('soffice not installed: CI must install LibreOffice (.ci/run)');
  console.log('soffice not installed: skipped the LibreOffice check only');
  return null;
}

/**
 * Writes `files` into a fresh folder, runs soffice there with `args` (before the file names) and
 * returns a reader for what it wrote, or null where LibreOffice is not installed.
 */
export function soffice(files: Record<string, Uint8Array | string>, args: string[]): ((name: string) => Buffer) | null {
  const path = sofficePath();
  if (!path) return null;
  const dir = mkdtempSync(join(tmpdir(), 'soffice-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  // Its own profile folder: two conversions at once must not share one.
  execFileSync(path, [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args, '--outdir', dir, ...Object.keys(files).map((n) => join(dir, n))], { timeout: 180_000, stdio: 'ignore' });
  return (name) => readFileSync(join(dir, name));
}

/** The PDF LibreOffice makes of a .docx, or null where soffice is not installed. */
export function docxToPdf(docx: Uint8Array): Buffer | null {
  return soffice({ 'file.docx': docx }, ['--convert-to', 'pdf'])?.('file.pdf') ?? null;
}
