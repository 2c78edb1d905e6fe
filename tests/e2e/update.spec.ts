// A new version of the site never costs anyone their work: it waits while any open page has edits
// that are not stored, then offers 「有新版本，刷新后生效」; drafts come through untouched.
// Version 1 is the built dist/; version 2 is built here from a copy of content/ with one standard's
// text changed, and served on the same origin after version 1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answer, group, orgField } from '../checklist-page';
import { activated } from '../service-worker';

const port = 4348;
const origin = `http://127.0.0.1:${port}`;
const v1Text = '党的支部委员会一般设委员3人，书记1人。';
const v2Text = '党的支部委员会一般设委员3人，书记1人。（更新测试：第二版）';

let work: string;
let v2: string;
let server: ChildProcess | undefined;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Serves `dir` on the test origin, replacing whatever served it before. */
async function serve(dir: string) {
  await stop();
  server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), dir]);
  await new Promise<void>((ready, fail) => {
    server!.stdout!.on('data', (d) => String(d).includes('serving') && ready());
    server!.on('exit', () => fail(new Error('the server stopped')));
  });
}

async function stop() {
  if (!server || server.exitCode !== null) return;
  const gone = new Promise((done) => server!.once('exit', done));
  server.kill();
  await gone;
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  work = mkdtempSync(join(tmpdir(), 'handbook-update-'));
  const content = join(work, 'content');
  v2 = join(work, 'v2');
  cpSync('content', content, { recursive: true });
  const yaml = join(content, 'standards/zhibu.yaml');
  const text = readFileSync(yaml, 'utf8');
  expect(text).toContain(`text: ${v1Text}`);
  writeFileSync(yaml, text.replace(`text: ${v1Text}`, `text: ${v2Text}`));
  run('npx', ['astro', 'build'], { HANDBOOK_CONTENT: content, HANDBOOK_OUT: v2 });
  run('npx', ['pagefind', '--site', v2, '--quiet']);
  run(process.execPath, ['scripts/build-sw.mjs', v2]);
});

test.afterAll(async () => {
  await stop();
  rmSync(work, { recursive: true, force: true }); // the content cache too (astro.config.mjs keeps it beside content)
});

const drafts = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('handbook:checklist:'))));

/** Asks the waiting version to take over, as the 刷新 button does; returns its answer. */
const activate = (page: Page) =>
  page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.getRegistration())!;
    const channel = new MessageChannel();
    const answer = new Promise((done) => (channel.port1.onmessage = (e) => done(e.data)));
    reg.waiting!.postMessage('activate', [channel.port2]);
    return answer;
  });

test('version 2 waits for unsaved edits, then replaces version 1 with the draft intact', async ({ context }) => {
  test.setTimeout(180_000);
  await serve('dist');
  const form = await context.newPage();
  await form.goto(`${origin}/checklist/zhibu/`);
  expect(await form.evaluate(activated)).toBe('activated');
  await form.reload(); // a returning user: the page now comes from the worker
  await expect(form.getByText(v1Text).first()).toBeVisible();
  await answer(form, '党费收缴管理', '自评是否达标', '达标');
  await orgField(form).fill('物理系党支部');
  await expect(form.getByText(/已自动保存/)).toBeVisible();
  const reader = await context.newPage();
  await reader.goto(`${origin}/notices/2022-04/`);

  // Edits that cannot be stored (a full disk) exist only in the page.
  await form.evaluate(() => {
    (window as { realSetItem?: unknown }).realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await orgField(form).fill('物理系第一党支部');
  await expect(form.getByText(/未保存/).first()).toBeVisible();
  await expect(form.locator('html')).toHaveAttribute('data-unsaved', '');

  await serve(v2);
  await reader.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect.poll(() => reader.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
  // Version 2 is stored and waiting: no page offers it, and asking it to take over is refused.
  expect(await activate(reader)).toBe(false);
  await expect(reader.locator('#sw-update')).toBeHidden();
  await expect(form.locator('#sw-update')).toBeHidden();
  expect(await reader.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
  await expect(form.getByText(v1Text).first()).toBeVisible();

  // Storage works again: the edits are saved, so the page offers the new version.
  await form.evaluate(() => {
    Storage.prototype.setItem = (window as unknown as { realSetItem: Storage['setItem'] }).realSetItem;
  });
  await orgField(form).fill('物理系第一党支部（已保存）');
  await expect(form.getByText(/已自动保存/)).toBeVisible();
  const notice = form.getByRole('status').filter({ hasText: '有新版本，刷新后生效' });
  await expect(notice).toBeVisible();
  const before = await drafts(form);
  expect(Object.keys(before)).toHaveLength(1);

  await reader.evaluate(() => ((window as { version1?: boolean }).version1 = true));
  const reloaded = form.waitForEvent('load');
  await notice.getByRole('button', { name: '刷新' }).click();
  await reloaded;
  await expect(form.getByText(v2Text).first()).toBeVisible();
  await expect(form.getByText(v1Text, { exact: true })).toHaveCount(0);
  await expect(orgField(form)).toHaveValue('物理系第一党支部（已保存）');
  await expect(group(form, '党费收缴管理', '自评是否达标').getByRole('radio', { name: '达标', exact: true })).toBeChecked();
  expect(await drafts(form)).toEqual(before);
  await expect(form.locator('#sw-update')).toBeHidden();
  expect(await form.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBeNull();
  // The other open page moved to version 2 as well.
  await expect.poll(() => reader.evaluate(() => (window as { version1?: boolean }).version1 ?? false)).toBe(false);
  await reader.goto(`${origin}/standards/zhibu/`);
  await expect(reader.getByText(v2Text).first()).toBeVisible();
});
