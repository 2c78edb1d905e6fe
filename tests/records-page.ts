// Filling /records/ through its interface contract (the names other tests rely on).
import { expect, type Page } from '@playwright/test';

export async function openRecords(page: Page) {
  await page.goto('/records/');
  await expect(page.getByRole('button', { name: '添加记录' })).toBeEnabled();
}

export async function addMember(page: Page, name: string, role = '党员', extra: { category?: string; group?: string; joined?: string } = {}) {
  await page.getByRole('button', { name: '添加党员' }).click();
  const row = page.locator('.member-row').last();
  await expect(row.getByLabel('姓名', { exact: true })).toBeFocused();
  await row.getByLabel('姓名', { exact: true }).fill(name);
  await row.getByLabel('职务', { exact: true }).selectOption(role);
  if (extra.category) await row.getByLabel('类别', { exact: true }).selectOption(extra.category);
  if (extra.group) await row.getByLabel('党小组', { exact: true }).fill(extra.group);
  if (extra.joined) await row.getByLabel('加入日期', { exact: true }).fill(extra.joined);
}

export interface RecordInput {
  type: string;
  date: string;
  theme: string;
  hours?: number;
  place?: string;
  present?: string[];
  absent?: [string, string][];
  content?: string;
}

export async function addRecord(page: Page, r: RecordInput) {
  await page.getByRole('button', { name: '添加记录' }).click();
  const form = page.locator('form.record-form');
  await form.getByLabel('类型', { exact: true }).selectOption(r.type);
  await form.getByLabel('日期', { exact: true }).fill(r.date);
  await form.getByLabel('主题', { exact: true }).fill(r.theme);
  if (r.hours !== undefined) await form.getByLabel('学时', { exact: true }).fill(String(r.hours));
  if (r.place) await form.getByLabel('地点', { exact: true }).fill(r.place);
  if (r.content) await form.getByLabel('内容', { exact: true }).fill(r.content);
  for (const name of r.present ?? []) await form.getByLabel(name, { exact: true }).selectOption('出席');
  for (const [name, reason] of r.absent ?? []) {
    await form.getByLabel(name, { exact: true }).selectOption('缺席');
    await form.getByLabel(`${name}缺席原因`).fill(reason);
  }
  await form.getByRole('button', { name: '保存记录' }).click();
  await expect(form).toHaveCount(0);
}
