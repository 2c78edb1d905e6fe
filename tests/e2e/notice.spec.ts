// The April 2022 notice, read back from the rendered site against the source text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'notice-2022-04.txt'), 'utf8');

/** Whitespace carries no meaning in the source (flattened table cells, padding in form lines). */
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Every sentence of the source: split on 。；; and line ends, with the one fix the source README
 * allows (a mismatched closing quote). Cell names broken over lines (班子\n任期) become two short
 * fragments, both of which are still on the site.
 */
function sourceSentences(): string[] {
  const fixed = source.replace('“三会一课"', '“三会一课”');
  return fixed
    .split(/\n|(?<=[。；;])/)
    .map(squash)
    .filter((s) => s.length > 0);
}

async function textOf(page: Page, route: string) {
  await page.goto(route);
  return squash(await page.locator('main').innerText());
}

test('every sentence of the source notice is on the site', async ({ browser }) => {
  // Read as printed matter: without JavaScript the checklist pages are the blank official forms.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const pages = ['/notices/2022-04/', '/templates/case/', '/standards/zongzhi/', '/standards/zhibu/', '/checklist/zongzhi/', '/checklist/zhibu/'];
  let site = '';
  for (const route of pages) site += await textOf(page, route);
  const sentences = sourceSentences();
  expect(sentences.length).toBeGreaterThan(150);
  expect(sentences.filter((s) => !site.includes(s))).toEqual([]);
  await context.close();
});

test('the notice page holds every section, task and deadline', async ({ page }) => {
  await page.goto('/notices/2022-04/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党组织工作任务和具体要求');
  for (const h of ['一、理论学习', '二、组织生活', '三、重点工作', '附件']) {
    await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
  }
  const items = ['（一）召开一次党员大会。', '（二）组织主题党日活动。', '（三）开展警示案例教育。', '（一）制定2022年党员发展计划。',
    '（二）推进教师党支部书记“双带头人”培育工程。', '（三）开展入党积极分子“大培训”。', '（四）开展党员示范岗评选。', '（五）组织党支部标准化建设大比武活动。'];
  for (const h of items) await expect(page.getByRole('heading', { level: 3, name: h })).toBeVisible();

  const deadlines = page.locator('#deadlines + ul > li');
  await expect(deadlines).toHaveCount(2);
  await expect(deadlines.nth(0)).toContainText('2022年5月6日前');
  await expect(deadlines.nth(0)).toContainText('典型案例');
  await expect(deadlines.nth(0)).toContainText('组织人事处');
  await expect(deadlines.nth(1)).toContainText('2022年5月6日前');
  await expect(deadlines.nth(1)).toContainText('标准化建设考核验收登记表');
  await expect(deadlines.nth(0).getByRole('link', { name: '附件1 案例文本（体例）' })).toHaveAttribute('href', '/templates/case/');
  await expect(deadlines.nth(0).getByRole('link', { name: '在线撰写典型案例' })).toHaveAttribute('href', '/templates/case/write/');
  await expect(deadlines.nth(1).getByRole('link', { name: '附件2 标准化建设考核验收登记表' })).toHaveAttribute('href', '/standards/');
  await expect(deadlines.locator('time').first()).toHaveAttribute('datetime', '2022-05-06');
  // Built long after 2022-05-06: both deadlines say so, without JavaScript.
  await expect(deadlines.getByText('（已截止）')).toHaveCount(2);
});

test('the table of contents links to every section, and each target exists', async ({ page }) => {
  await page.goto('/notices/2022-04/');
  const links = page.getByRole('navigation', { name: '本页目录' }).getByRole('link');
  await expect(links).toHaveCount(12);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^#[a-z-]+$/);
    await expect(page.locator(href)).toHaveCount(1);
  }
  await links.filter({ hasText: '（二）组织主题党日活动。' }).click();
  await expect(page).toHaveURL(/#theme-day$/);
  await expect(page.locator('#theme-day')).toBeInViewport();
});

test('the home page shows the current notice, its deadlines and tasks', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '最新通知：2022年4月' })).toBeVisible();
  await expect(page.locator('.deadlines time')).toHaveText(['2022年5月6日', '2022年5月6日']);
  await page.getByRole('link', { name: '召开一次党员大会' }).click();
  await expect(page).toHaveURL(/\/notices\/2022-04\/#party-meeting$/);
});

test('study pages quote only the notice and link back to where it cites them', async ({ page }) => {
  await page.goto('/study/');
  await page.getByRole('link', { name: '习近平总书记近日在海南考察时的重要讲话精神' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('习近平总书记近日在海南考察时的重要讲话精神');
  const quotes = squash(await page.locator('blockquote').allInnerTexts().then((t) => t.join('')));
  expect(source.replace(/\s+/g, '')).toContain(quotes.slice(0, 20));
  for (const q of await page.locator('blockquote').allInnerTexts()) expect(squash(source)).toContain(squash(q));
  await page.getByRole('link', { name: '二、组织生活（一）召开一次党员大会' }).first().click();
  await expect(page).toHaveURL(/\/notices\/2022-04\/#party-meeting$/);
});

test('every standard item has its own anchor on the reference pages', async ({ page }) => {
  for (const form of ['zongzhi', 'zhibu']) {
    await page.goto(`/standards/${form}/`);
    await expect(page.locator('.standard-item')).toHaveCount(20);
    const ids = await page.locator('.standard-item h3').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.every((id) => id.startsWith(`${form}.`))).toBe(true);
  }
  await page.goto('/standards/zhibu/#zhibu.dues');
  const item = page.locator('[id="zhibu.dues"]');
  await expect(item).toHaveText('党费收缴管理');
  await expect(item).toBeInViewport();
});

test('the RSS feed lists the notice with its deadlines', async ({ request }) => {
  const res = await request.get('/rss.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  expect(xml).toContain('<title>2022年4月 党组织工作任务和具体要求</title>');
  expect(xml).toContain('/notices/2022-04/');
  expect(xml).toContain('2022年5月6日前');
});
