// A second month published the way an editor would: the April notice's text as a Word file,
// imported with `npm run notice` as May 2022 beside the hand-made April, built and indexed into a
// temporary site, and served on its own port. Then: the words, the archive, the home page, each
// month's ledger and calendar, and search by month.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { contentDir } from '../content';
import { noticeDocx } from '../notice-docx';

const root = join(contentDir, '..');
const source = readFileSync(join(root, 'tests', 'fixtures', 'notice-2022-04.txt'), 'utf8');
const port = Number(process.env.HANDBOOK_TEST_PORT ?? 4322) + 50;
const site = `http://127.0.0.1:${port}`;
let dir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = mkdtempSync(join(tmpdir(), 'handbook-months-'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync(contentDir, content, { recursive: true });
  writeFileSync(join(dir, 'may.docx'), await noticeDocx(source));
  const env = { ...process.env, HANDBOOK_CONTENT: content, HANDBOOK_OUT: out };
  const node = [process.execPath, '--experimental-strip-types', '--no-warnings=ExperimentalWarning'];
  execFileSync(node[0], [...node.slice(1), join(root, 'scripts', 'notice.ts'), 'import', join(dir, 'may.docx'), '--month', '2022-05'], { env, cwd: root });
  execFileSync('npx', ['astro', 'build', '--force'], { env, cwd: root, stdio: 'ignore' });
  execFileSync('npx', ['pagefind', '--site', out, '--quiet'], { cwd: root });
  server = spawn(process.execPath, [join(root, 'scripts', 'serve-dist.mjs'), String(port), out], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (await fetch(site).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the two-month site did not start');
});

test.afterAll(() => {
  server?.kill();
  for (const d of [dir, `${join(dir, 'content')}.cache`]) rmSync(d, { recursive: true, force: true });
});

test('every sentence of the Word notice is on the imported page', async ({ page }) => {
  await page.goto(`${site}/notices/2022-05/`);
  const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
  const sentences = source.split(/[。；\n]/).map((s) => s.replace(/\s+/g, '')).filter(Boolean);
  expect(sentences.length).toBeGreaterThan(100);
  const missing = sentences.filter((s) => !text.includes(s));
  expect(missing).toEqual([]);
  // The numbered items are headings a reader can jump to, and the 附件 are sections of their own.
  await expect(page.getByRole('heading', { level: 3, name: '（一）召开一次党员大会。' })).toHaveAttribute('id', 'org-life-1');
  await expect(page.getByRole('heading', { level: 2, name: /附件2/ })).toHaveAttribute('id', 'attachment-2');
  await expect(page.getByRole('region', { name: '附件2表格1' }).getByRole('cell', { name: '班子任期' })).toBeVisible();
});

test('the archive lists the months newest first with their deadlines; the home page shows the latest', async ({ page }) => {
  await page.goto(`${site}/notices/`);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.map((h) => h.slice(0, 7))).toEqual(['2022年5月', '2022年4月']);
  await expect(page.getByRole('listitem').filter({ hasText: '2022年5月' }).first()).toContainText('5月6日');
  await page.goto(`${site}/`);
  await expect(page.getByRole('heading', { name: '最新通知：2022年5月' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2022年5月工作台账' })).toHaveAttribute('href', '/tasks/2022-05/');
});

test('each month has its own calendar file and ledger, and a draft of one month stays out of the other', async ({ page }) => {
  const ics = await (await fetch(`${site}/notices/2022-05.ics`)).text();
  expect(ics.match(/DTSTART;VALUE=DATE:20220506/g)).toHaveLength(2);

  await page.goto(`${site}/tasks/2022-04/`);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  await page.getByLabel('组织名称').fill('四月的党支部');
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);

  await page.goto(`${site}/tasks/2022-05/`);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2022年5月工作台账');
  await expect(page.getByRole('checkbox', { name: '召开一次党员大会', exact: true })).toHaveCount(1);
  await expect(page.getByLabel('组织名称')).not.toHaveValue('四月的党支部');
  await expect(page.locator('main')).not.toContainText('四月的党支部');

  await page.goto(`${site}/tasks/2022-04/`);
  await expect(page.getByLabel('组织名称')).toHaveValue('四月的党支部');
});

test('search can be narrowed to one month', async ({ page }) => {
  await page.goto(`${site}/search/?q=${encodeURIComponent('党员大会')}`);
  // The month choice appears once the index's filters have loaded, before the first results.
  await expect(page.locator('#search-status')).toContainText('找到', { timeout: 30_000 });
  const month = page.getByLabel('月份');
  await expect(month).toBeVisible();
  await expect(month.locator('option')).toHaveText(['全部月份', '2022年5月', '2022年4月']);
  const all = await page.locator('a.result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(all.some((p) => p.includes('2022-04'))).toBe(true);
  expect(all.some((p) => p.includes('2022-05'))).toBe(true);

  await month.selectOption('2022年5月');
  await expect(page).toHaveURL(/month=2022%E5%B9%B45%E6%9C%88/);
  await expect(page.locator('#search-status')).toContainText('（2022年5月）', { timeout: 30_000 });
  const may = await page.locator('a.result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(may.length).toBeGreaterThan(0);
  for (const p of may) expect(p).toMatch(/2022-05/);

  // The filter survives a reload: it is in the address.
  await page.reload();
  await expect(page.locator('#search-status')).toContainText('（2022年5月）', { timeout: 30_000 });
  await expect(month).toHaveValue('2022年5月');
});

test('the imported page is valid HTML with no accessibility violations', async ({ page }) => {
  const file = join(dir, 'dist', 'notices', '2022-05', 'index.html');
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(readFileSync(file, 'utf8'), file);
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  await page.goto(`${site}/notices/2022-05/`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
