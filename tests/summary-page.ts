// Driving the summary page the way users do: pick files, read the matrix by its cells.
import { expect, type Page } from '@playwright/test';
import type { GeneratedFile } from './summary-files';

export async function openSummary(page: Page) {
  await page.goto('/summary/');
  await expect(page.getByRole('button', { name: '选择文件…' })).toBeEnabled();
}

export async function pick(page: Page, files: GeneratedFile[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择文件…' }).click()]);
  await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
}

export const matrix = (page: Page) => page.getByRole('region', { name: /汇总表$/ }).getByRole('table');

/** The matrix body as text: one array per organisation, name first. */
export async function matrixCells(page: Page): Promise<string[][]> {
  return matrix(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
}

/** One organisation's row, name first. */
export async function rowOf(page: Page, org: string): Promise<string[]> {
  const rows = await matrixCells(page);
  const row = rows.find((r) => r[0] === org);
  if (!row) throw new Error(`no row for ${org}`);
  return row;
}
