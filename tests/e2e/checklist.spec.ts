// The self-assessment form: filling, keeping answers safe, and the interface contract other
// tests rely on (accessible names exactly as the paper form prints them).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { standard } from '../content';
import { answer, group, openForm, orgField, reviewing } from '../checklist-page';

const zhibu = standard('zhibu');
const names = zhibu.categories.flatMap((c) => c.items.map((i) => i.name));

/** Everything the test filled, as the page shows it. */
async function snapshot(page: Page) {
  const checked: Record<string, string> = {};
  for (const name of names)
    for (const which of ['自评是否达标', '上级验收是否达标'] as const) {
      const radio = group(page, name, which).locator('input:checked');
      checked[`${name} ${which}`] = (await radio.evaluate((r) => r.parentElement!.textContent)) ?? '';
    }
  return {
    org: await orgField(page).inputValue(),
    date: await page.getByLabel('申报时间', { exact: true }).inputValue(),
    result: await page.getByRole('textbox', { name: '验收结果', exact: true }).inputValue(),
    note: await page.getByRole('textbox', { name: '党费收缴管理 说明', exact: true }).inputValue(),
    checked,
  };
}

async function fillSome(page: Page) {
  await orgField(page).fill('物理系党支部');
  await page.getByLabel('申报时间', { exact: true }).fill('2022-05-06');
  await answer(page, '班子配备职数', '自评是否达标', '达标');
  await answer(page, '党费收缴管理', '自评是否达标', '未达标');
  await answer(page, '党建工作台账', '自评是否达标', '达标');
  await page.getByRole('textbox', { name: '党费收缴管理 说明', exact: true }).fill('6月公示记录待补');
  await reviewing(page, true);
  await answer(page, '党费收缴管理', '上级验收是否达标', '达标');
  await page.getByRole('textbox', { name: '验收结果', exact: true }).fill('同意验收');
  await reviewing(page, false);
}

test('the interface contract: labels, groups, options, regions and the print button', async ({ page }) => {
  await openForm(page);
  await expect(orgField(page)).toBeVisible();
  await expect(page.getByLabel('申报时间', { exact: true })).toBeVisible();
  for (const name of names) {
    for (const which of ['自评是否达标', '上级验收是否达标'] as const) {
      const g = group(page, name, which);
      await expect(g).toHaveCount(1);
      await expect(g.getByRole('radio', { name: '达标', exact: true })).toHaveCount(1);
      await expect(g.getByRole('radio', { name: '未达标', exact: true })).toHaveCount(1);
    }
    await expect(page.getByRole('textbox', { name: `${name} 说明`, exact: true })).toHaveCount(1);
  }
  await expect(page.getByRole('textbox', { name: '验收结果', exact: true })).toBeVisible();
  // One status in the form itself (the drafts bar's save state); the site-wide notes (offline, a new
  // version) sit apart, in .site-notes.
  await expect(page.locator('main > .wrap:not(.site-notes)').getByRole('status')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /打印/ })).toBeVisible();

  await page.goto('/checklist/zongzhi/');
  await expect(page.getByRole('textbox', { name: '申报达标的党总支名称', exact: true })).toBeEnabled();
  await expect(group(page, '党建工作台账', '自评是否达标')).toHaveCount(1);
});

test('answers are saved as you go and restored after a reload', async ({ page }) => {
  await openForm(page);
  await expect(page.getByRole('status')).toHaveText('尚未保存：开始填写后自动保存');
  await fillSome(page);
  await expect(page.getByRole('status')).toHaveText(/^已自动保存（\d+月\d+日 \d\d:\d\d）$/);
  const before = await snapshot(page);
  expect(before.checked['党费收缴管理 自评是否达标']).toBe('未达标');
  await page.reload();
  await expect(orgField(page)).toHaveValue('物理系党支部');
  expect(await snapshot(page)).toEqual(before);
  await expect(page.locator('.ck-progress')).toHaveText('已自评 3/20 · 达标 2 · 未达标 1 · 上级已验收 1/20');
});

test('a keyboard alone fills the form', async ({ page }) => {
  await openForm(page);
  await orgField(page).focus();
  await page.keyboard.type('化学系党支部');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('申报时间', { exact: true })).toBeFocused();
  // Jump to the first unanswered item: focus lands on its first choice; arrows pick.
  await page.getByRole('button', { name: '下一个未自评条目' }).focus();
  await page.keyboard.press('Enter');
  const first = group(page, names[0], '自评是否达标');
  await expect(first.getByRole('radio', { name: '达标', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio', { name: '达标', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: '未达标', exact: true })).toBeChecked();
  // Tab moves on to the note: the acceptance group is disabled outside 验收模式.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: `${names[0]} 说明`, exact: true })).toBeFocused();
  await page.keyboard.type('已换届');
  // The next jump goes to the second item.
  await page.getByRole('button', { name: '下一个未自评条目' }).focus();
  await page.keyboard.press('Enter');
  await expect(group(page, names[1], '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('textbox', { name: `${names[0]} 说明`, exact: true })).toHaveValue('已换届');
  await expect(first.getByRole('radio', { name: '未达标', exact: true })).toBeChecked();
});

test('progress, filters and the jump to the next unanswered item', async ({ page }) => {
  await openForm(page);
  const progress = page.locator('.ck-progress');
  await expect(progress).toHaveText('已自评 0/20 · 达标 0 · 未达标 0 · 上级已验收 0/20');
  await answer(page, names[0], '自评是否达标', '达标');
  await answer(page, names[1], '自评是否达标', '未达标');
  await reviewing(page, true);
  await answer(page, names[2], '上级验收是否达标', '未达标');
  await reviewing(page, false);
  await expect(progress).toHaveText('已自评 2/20 · 达标 1 · 未达标 1 · 上级已验收 1/20');

  const items = page.locator('.ck-item:visible');
  await page.getByRole('radio', { name: '未达标', exact: true }).and(page.locator('[name="ck-filter"]')).check();
  await expect(items).toHaveCount(2);
  await page.getByRole('radio', { name: '未自评', exact: true }).check();
  await expect(items).toHaveCount(18);
  // Answering an item does not make it vanish under the reader's hands.
  await answer(page, names[2], '自评是否达标', '达标');
  await expect(items).toHaveCount(18);
  await page.getByRole('radio', { name: '全部条目', exact: true }).check();
  await expect(items).toHaveCount(20);

  // Answer everything: the jump says so instead of moving.
  for (const name of names) await answer(page, name, '自评是否达标', '达标');
  await page.getByRole('button', { name: '下一个未自评条目' }).click();
  await expect(page.getByText('所有条目都已自评。')).toBeVisible();
});

test('two tabs on one draft stay in step and keep each other’s answers', async ({ context }) => {
  const a = await context.newPage();
  await openForm(a);
  await orgField(a).fill('物理系党支部');
  await expect(a.getByRole('status')).toHaveText(/已自动保存/);
  const b = await context.newPage();
  await openForm(b);
  await expect(orgField(b)).toHaveValue('物理系党支部');

  await answer(a, '党费收缴管理', '自评是否达标', '达标');
  await expect(group(b, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeChecked();
  await answer(b, '组织关系管理', '自评是否达标', '未达标');
  await expect(group(a, '组织关系管理', '自评是否达标').getByRole('radio', { name: '未达标', exact: true })).toBeChecked();
  // Edits made in both tabs at once both survive: the 自评 in one, the review in the other.
  await reviewing(b, true);
  await Promise.all([
    orgField(a).fill('物理系党支部（修订）'),
    b.getByRole('textbox', { name: '验收结果', exact: true }).fill('同意'),
  ]);
  for (const p of [a, b]) {
    await expect(orgField(p)).toHaveValue('物理系党支部（修订）');
    await expect(p.getByRole('textbox', { name: '验收结果', exact: true })).toHaveValue('同意');
    await expect(group(p, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeChecked();
  }
  const stored = await a.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('handbook:checklist:')).map(([, v]) => JSON.parse(v).data));
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ orgName: '物理系党支部（修订）', result: '同意', answers: { 'zhibu.dues': { self: '达标' }, 'zhibu.membership-transfer': { self: '未达标' } } });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in a filled form with its messages showing (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => localStorage.setItem('handbook:checklist:bad', '{'));
    await openForm(page);
    await expect(page.getByRole('alert')).toContainText('无法读取');
    await fillSome(page);
    await page.getByRole('button', { name: '重命名' }).click();
    await page.getByRole('radio', { name: '未达标', exact: true }).and(page.locator('[name="ck-filter"]')).check();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('on a 360 px phone the filled form has no page-wide horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openForm(page);
  await fillSome(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Cards: the standard text sits under the item name, not beside it.
  const name = await page.locator('#n-zhibu\\.dues').boundingBox();
  const text = await page.locator('#item-zhibu\\.dues .ck-text').boundingBox();
  expect(text!.y).toBeGreaterThan(name!.y + name!.height - 1);
});

test('on a phone the count stays on screen while scrolling through the items; wide screens keep the tools bar instead', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await openForm(page);
  await fillSome(page);
  const bottom = page.locator('.ck-bottom-progress');
  // Not while the full progress line is still on screen.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(bottom).toBeHidden();
  await page.getByRole('heading', { name: '党费收缴管理' }).scrollIntoViewIfNeeded();
  await expect(bottom).toBeInViewport();
  await expect(bottom).toHaveText('已自评 3/20 · 达标 2 · 未达标 1');
  const bar = (await bottom.boundingBox())!;
  expect(bar.y + bar.height).toBeCloseTo(740, 0);
  // A field brought into view from above (the least scrolling, as Tab does) stops above it, not under it.
  const below = page.getByRole('textbox', { name: '党建工作台账 说明', exact: true });
  await below.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  const field = (await below.boundingBox())!;
  expect(field.y + field.height).toBeLessThanOrEqual((await bottom.boundingBox())!.y);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(bottom).toBeHidden();
});
