// The work ledger (/tasks/2022-04/): ticking and recording, keeping it, filtering by role,
// printing it as a record; and the deadlines' countdown and calendar file.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFrontmatter } from '../content';
import { pdfContains, readPdf } from '../pdf';

interface Task { id: string; title: string; who: string }
const notice = readFrontmatter('notices/2022-04.mdx') as { tasks: Task[] };
const titles = notice.tasks.map((t) => t.title);
const route = '/tasks/2022-04/';

async function openLedger(page: Page) {
  await page.goto(route);
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeEnabled();
}

const tick = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });
const field = (page: Page, title: string, label: string) =>
  page.locator('.ledger-item').filter({ has: tick(page, title) }).getByLabel(label);
const progress = (page: Page) => page.locator('.ledger-progress');

test('every task of the notice has a tick named by its title and three fields to record', async ({ page }) => {
  await openLedger(page);
  expect(titles).toHaveLength(9);
  for (const title of titles) {
    await expect(tick(page, title)).toHaveCount(1);
    await expect(field(page, title, '完成日期')).toHaveCount(1);
    await expect(field(page, title, '参加人员（人数或名单）')).toHaveCount(1);
    await expect(field(page, title, '备注（如会议记录存放处）')).toHaveCount(1);
  }
  await expect(progress(page)).toHaveText('已完成 0/9');
});

test('ticks, dates, participants and notes are saved and restored after a reload', async ({ page }) => {
  await openLedger(page);
  await page.getByLabel('组织名称').fill('经济管理学院第一党支部');
  await page.getByRole('radio', { name: '党支部', exact: true }).check();
  await tick(page, '召开一次党员大会').check();
  await field(page, '召开一次党员大会', '完成日期').fill('2022-04-28');
  await field(page, '召开一次党员大会', '参加人员（人数或名单）').fill('28人');
  await field(page, '召开一次党员大会', '备注（如会议记录存放处）').fill('会议记录见支部记录本');
  // Recording a date ticks the task too.
  await field(page, '组织主题党日活动', '完成日期').fill('2022-04-29');
  await expect(tick(page, '组织主题党日活动')).toBeChecked();
  await tick(page, '开展党员示范岗评选').check();
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);
  // A 党支部 sees its own and everyone's tasks: 8 of 9.
  await expect(progress(page)).toHaveText('已完成 3/8（党支部的任务）');

  await page.reload();
  await expect(page.getByLabel('组织名称')).toHaveValue('经济管理学院第一党支部');
  await expect(tick(page, '召开一次党员大会')).toBeChecked();
  await expect(tick(page, '组织主题党日活动')).toBeChecked();
  await expect(tick(page, '开展党员示范岗评选')).toBeChecked();
  await expect(tick(page, '开展警示案例教育')).not.toBeChecked();
  await expect(field(page, '召开一次党员大会', '完成日期')).toHaveValue('2022-04-28');
  await expect(field(page, '召开一次党员大会', '参加人员（人数或名单）')).toHaveValue('28人');
  await expect(field(page, '召开一次党员大会', '备注（如会议记录存放处）')).toHaveValue('会议记录见支部记录本');
  await expect(field(page, '组织主题党日活动', '完成日期')).toHaveValue('2022-04-29');
  await expect(progress(page)).toHaveText('已完成 3/8（党支部的任务）');
});

test('the role filter shows each kind of organisation its own tasks and those for all', async ({ page }) => {
  await openLedger(page);
  const filter = page.getByRole('group', { name: '显示' });
  await filter.getByRole('radio', { name: '党支部的任务' }).check();
  await expect(tick(page, '召开一次党员大会')).toBeVisible();
  await expect(tick(page, '制定2022年党员发展计划')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(8 + 1); // + 记住这个组织
  await filter.getByRole('radio', { name: '党总支的任务' }).check();
  await expect(tick(page, '制定2022年党员发展计划')).toBeVisible();
  await expect(tick(page, '召开一次党员大会')).toHaveCount(0);
  await tick(page, '制定2022年党员发展计划').check();
  await expect(progress(page)).toHaveText('已完成 1/8（党总支的任务）');
  await filter.getByRole('radio', { name: '全部任务' }).check();
  await expect(progress(page)).toHaveText('已完成 1/9');
  // The organisation's kind chooses the filter it opens with.
  await page.getByRole('radio', { name: '党支部', exact: true }).check();
  await expect(filter.getByRole('radio', { name: '党支部的任务' })).toBeChecked();
});

test('the keyboard alone ticks a task and reaches its fields in order', async ({ page }) => {
  await openLedger(page);
  await tick(page, '开展警示案例教育').focus();
  await page.keyboard.press('Space');
  await expect(tick(page, '开展警示案例教育')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator('.ledger-item').filter({ has: tick(page, '开展警示案例教育') }).getByRole('link', { name: '通知原文' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(page, '开展警示案例教育', '完成日期')).toBeFocused();
  await field(page, '开展警示案例教育', '备注（如会议记录存放处）').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(field(page, '开展警示案例教育', '参加人员（人数或名单）')).toBeFocused();
  await page.keyboard.type('全体党员32人');
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);
  await page.reload();
  await expect(tick(page, '开展警示案例教育')).toBeChecked();
  await expect(field(page, '开展警示案例教育', '参加人员（人数或名单）')).toHaveValue('全体党员32人');
});

test('the remembered organisation fills a new ledger draft, and unticking forgets it', async ({ page }) => {
  await openLedger(page);
  const remember = page.getByRole('checkbox', { name: /在本浏览器记住这个组织/ });
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('handbook:profile') ?? 'null')?.data);
  await expect(remember).toBeChecked();
  await page.getByLabel('组织名称').fill('外语学院党总支');
  await page.getByLabel('组织名称').press('Tab');
  await page.getByRole('radio', { name: '党总支', exact: true }).check();
  expect(await stored()).toEqual({ name: '外语学院党总支', kind: '党总支' });

  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(page.getByLabel('组织名称')).toHaveValue('外语学院党总支');
  await expect(page.getByRole('radio', { name: '党总支', exact: true })).toBeChecked();
  await expect(remember).toBeChecked();
  // Unticking forgets at once (a shared office PC), and filling in another organisation then
  // remembers nothing.
  await remember.uncheck();
  expect(await stored()).toBeUndefined();
  await page.getByLabel('组织名称').fill('艺术学院党支部');
  await page.getByLabel('组织名称').press('Tab');
  await page.getByRole('radio', { name: '党支部', exact: true }).check();
  expect(await stored()).toBeUndefined();
  // Reopened with nothing remembered, the box is offered again, and remembers only on the next edit.
  await page.reload();
  await expect(page.getByLabel('组织名称')).toHaveValue('艺术学院党支部');
  await expect(remember).toBeChecked();
  expect(await stored()).toBeUndefined();
  await page.getByRole('radio', { name: '党总支', exact: true }).check();
  expect(await stored()).toEqual({ name: '艺术学院党支部', kind: '党总支' });
});

test('unreadable saved data is kept aside and reported, and the ledger still works', async ({ page }) => {
  await page.goto(route);
  await page.evaluate(() => localStorage.setItem('handbook:ledger:broken', '{"schemaVersion":1,"savedAt":"x","data":{"id":"broken"'));
  await openLedger(page);
  await expect(page.getByRole('alert')).toContainText('有一份保存的数据无法读取');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbook:ledger:broken:corrupt:')));
  expect(kept).toHaveLength(1);
  await tick(page, '组织主题党日活动').check();
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);
});

test('a backup file exports and imports as a new draft; a checklist backup is refused', async ({ page }, info) => {
  await openLedger(page);
  await page.getByLabel('组织名称').fill('备份测试党支部');
  await field(page, '召开一次党员大会', '完成日期').fill('2022-04-28');
  await expect(page.getByRole('status')).toHaveText(/^已自动保存/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
  const file = info.outputPath('ledger.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^备份测试党支部-工作台账-\d{4}-\d\d-\d\d\.json$/);

  await page.getByRole('button', { name: '删除草稿' }).click();
  await expect(field(page, '召开一次党员大会', '完成日期')).toHaveValue('');
  await page.getByLabel('导入备份文件').setInputFiles(file);
  await expect(page.getByLabel('组织名称')).toHaveValue('备份测试党支部');
  await expect(tick(page, '召开一次党员大会')).toBeChecked();
  await expect(field(page, '召开一次党员大会', '完成日期')).toHaveValue('2022-04-28');

  const checklistBackup = JSON.stringify({ app: 'party-branch-handbook', kind: 'checklist', schemaVersion: 1, savedAt: 'x', data: {} });
  await page.getByLabel('导入备份文件').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(checklistBackup) });
  await expect(page.getByRole('alert')).toContainText('这是自评登记表的备份文件，不是工作台账');
  const may = JSON.parse(readFileSync(file, 'utf8'));
  may.data.month = '2022-05';
  await page.getByLabel('导入备份文件').setInputFiles({ name: 'may.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(may)) });
  await expect(page.getByRole('alert')).toContainText('这是2022年5月工作台账的备份文件');
  await expect(page.getByLabel('组织名称')).toHaveValue('备份测试党支部');
  await expect(page.getByRole('combobox', { name: '当前草稿' }).getByRole('option')).toHaveCount(1);
});

test('the printed ledger is an A4 record: organisation, month, each task with status and date', async ({ page }) => {
  await openLedger(page);
  await page.getByLabel('组织名称').fill('经济管理学院第一党支部');
  const dates = titles.map((_, i) => `2022-04-${String(11 + i).padStart(2, '0')}`);
  for (const [i, title] of titles.entries()) await field(page, title, '完成日期').fill(dates[i]);
  await field(page, '召开一次党员大会', '参加人员（人数或名单）').fill('28人');
  await field(page, '召开一次党员大会', '备注（如会议记录存放处）').fill('会议记录见支部记录本');
  await tick(page, '开展警示案例教育').uncheck();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '草稿与备份' })).toBeHidden();
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  for (const p of pages) {
    expect(Math.abs(p.width - 595.28)).toBeLessThan(1);
    expect(Math.abs(p.height - 841.89)).toBeLessThan(1);
  }
  const text = pages.map((p) => p.text).join('');
  for (const phrase of ['2022年4月工作台账', '组织名称：经济管理学院第一党支部', '月份：2022年4月', '已完成8/9', '28人', '会议记录见支部记录本']) {
    expect(pdfContains(text, phrase), phrase).toBe(true);
  }
  // Each row: the task, its status, then its date.
  for (const [i, title] of titles.entries()) {
    const status = title === '开展警示案例教育' ? '未完成' : '已完成';
    const [, m, d] = dates[i].split('-').map(Number);
    const who = notice.tasks[i].who === '全体' ? '' : `（${notice.tasks[i].who}）`;
    expect(pdfContains(text, `${title}${who}${status}2022年${m}月${d}日`), title).toBe(true);
  }
  for (const absent of ['草稿与备份', '导出备份', '打印台账', '跳到正文']) expect(pdfContains(text, absent), absent).toBe(false);
});

test('without JavaScript the page is a blank ledger to print, with every task', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(route);
  await expect(page.getByText('本页需要启用 JavaScript 才能勾选和保存')).toBeVisible();
  await expect(page.getByRole('button', { name: '新建草稿' })).toBeHidden();
  const table = page.getByRole('region', { name: '2022年4月工作台账（打印版）' });
  for (const title of titles) await expect(table.getByRole('rowheader', { name: new RegExp(`^${title}`) })).toBeVisible();
  await expect(table).not.toContainText('未完成');
  await context.close();
});

test('axe finds nothing on the page as it is without JavaScript', async ({ page }) => {
  // axe itself needs JavaScript: serve the page with its scripts removed instead.
  await page.route(route, async (r) => {
    const res = await r.fetch();
    await r.fulfill({ response: res, body: (await res.text()).replace(/<script\b[\s\S]*?<\/script>/g, '') });
  });
  await page.goto(route);
  await expect(page.getByText('本页需要启用 JavaScript 才能勾选和保存')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('axe finds nothing on a filled, filtered ledger', async ({ page }) => {
  await openLedger(page);
  await page.getByLabel('组织名称').fill('经济管理学院第一党支部');
  await tick(page, '召开一次党员大会').check();
  await page.getByRole('group', { name: '显示' }).getByRole('radio', { name: '党支部的任务' }).check();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('deadline countdown', () => {
  for (const [today, shown] of [
    ['2022-05-01T08:00:00+08:00', '（还剩 5 天）'],
    ['2022-05-06T23:30:00+08:00', '（今天截止）'],
    ['2022-05-07T00:10:00+08:00', '（已截止）'],
  ] as const) {
    test(`with JavaScript, on ${today.slice(0, 10)} the home page says ${shown}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(today));
      await page.goto('/');
      const items = page.locator('.deadlines li');
      await expect(items).toHaveCount(2);
      for (const item of await items.all()) {
        await expect(item.locator('time')).toHaveText('2022年5月6日');
        await expect(item.locator('.deadline-status')).toHaveText(shown);
      }
    });
  }

  test('the ledger page counts down too', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2022-04-26T09:00:00+08:00'));
    await page.goto(route);
    await expect(page.locator('.deadline-status').first()).toHaveText('（还剩 10 天）');
  });

  test('without JavaScript the date stands alone (marked past only because the build is past it)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.deadlines time')).toHaveText(['2022年5月6日', '2022年5月6日']);
    await expect(page.locator('.deadlines')).not.toContainText('还剩');
    await expect(page.locator('.deadline-status')).toHaveText(['（已截止）', '（已截止）']);
    await context.close();
  });

  test('the notice page lists the same deadlines with no script of its own', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2022-05-01T08:00:00+08:00'));
    await page.goto('/notices/2022-04/');
    // The one script is the site-wide service-worker registration; nothing counts down here.
    await expect(page.locator('script')).toHaveCount(1);
    await expect(page.locator('script')).toHaveAttribute('src', /^\/_astro\/SiteNotes\./);
    await expect(page.locator('.deadlines time')).toHaveText(['2022年5月6日', '2022年5月6日']);
    await expect(page.locator('.deadlines')).not.toContainText('还剩');
  });
});

test('deadlines link the format, the tools and the calendar file', async ({ page, request }) => {
  await page.goto('/notices/2022-04/');
  const list = page.locator('#deadlines ~ .deadlines');
  await expect(list.getByRole('link', { name: '附件1 案例文本（体例）' })).toHaveAttribute('href', '/templates/case/');
  await expect(list.getByRole('link', { name: '附件2 标准化建设考核验收登记表' })).toHaveAttribute('href', '/standards/');
  await expect(list.getByRole('link', { name: '在线填写党支部登记表' })).toHaveAttribute('href', '/checklist/zhibu/');
  await expect(list.getByRole('link', { name: '在线填写党总支登记表' })).toHaveAttribute('href', '/checklist/zongzhi/');
  const calendar = page.getByRole('link', { name: '添加到日历' });
  await expect(calendar).toHaveAttribute('href', '/notices/2022-04.ics');
  await expect(page.getByRole('link', { name: '2022年4月工作台账' })).toHaveAttribute('href', route);

  const res = await request.get('/notices/2022-04.ics');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const ics = await res.text();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('DTSTART;VALUE=DATE:20220506');

  await page.goto('/');
  await expect(page.getByRole('link', { name: '添加到日历' })).toHaveAttribute('href', '/notices/2022-04.ics');
});

test('the notices archive shows each month’s deadline status, and the feed carries the deadlines', async ({ page, request }) => {
  await page.goto('/notices/');
  const card = page.locator('.cards > li').filter({ hasText: '2022年4月' });
  await expect(card).toContainText('报送已全部截止');
  await expect(card.locator('li')).toHaveText(['2022年5月6日前 附件1 案例文本（体例）（已截止）', '2022年5月6日前 附件2 标准化建设考核验收登记表（已截止）']);
  await expect(card.getByRole('link', { name: '工作台账' })).toHaveAttribute('href', route);

  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toContain('2022年5月6日前各党支部报送党员教育、培训和管理的好做法、好经验（典型案例）至组织人事处（格式：附件1 案例文本（体例））');
  expect(rss).toContain('2022年5月6日前各党总支、党支部报送党总支、党支部标准化建设考核验收登记表');
});
