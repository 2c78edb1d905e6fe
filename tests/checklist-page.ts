// Finding the checklist's controls the way users and screen readers do: by their names.
import { expect, type Page } from '@playwright/test';

/** Opens the form and waits until the island has loaded the stored draft. */
export async function openForm(page: Page, form = 'zhibu') {
  await page.goto(`/checklist/${form}/`);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
}

export const group = (page: Page, item: string, which: '自评是否达标' | '上级验收是否达标') =>
  page.getByRole('radiogroup', { name: `${item} ${which}`, exact: true });

export async function answer(page: Page, item: string, which: '自评是否达标' | '上级验收是否达标', value: '达标' | '未达标') {
  await group(page, item, which).getByRole('radio', { name: value, exact: true }).check();
}

export const orgField = (page: Page) => page.getByRole('textbox', { name: '申报达标的党支部名称', exact: true });


/** Turns 验收模式 on or off: the 上级验收 part is edited only in it, the 自评 part only outside it. */
export async function reviewing(page: Page, on: boolean) {
  await page.getByRole('checkbox', { name: '验收模式', exact: true }).setChecked(on);
}
