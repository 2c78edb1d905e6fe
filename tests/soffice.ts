// Converting a Word file to PDF with LibreOffice, as a reader without Word would open it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF LibreOffice makes of a .docx, or null (with a printed note) where soffice is not installed. */
export function docxToPdf(docx: Uint8Array): Buffer | null {
  let soffice = '';
  try {
    soffice = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim();
  } catch {}
  if (!soffice) {
    console.log('soffice not installed: skipped the LibreOffice conversion check only');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'docx-pdf-'));
  writeFileSync(join(dir, 'file.docx'), docx);
  // Its own profile folder: two conversions at once must not share one.
  execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'file.docx')], { timeout: 240_000, stdio: 'ignore' });
  return readFileSync(join(dir, 'file.pdf'));
}
