// Every internal link and #anchor in the built site resolves: a crawl from the home page over
// every page it can reach (plus the known routes), reading links and ids from the real DOM.
import { expect, test } from '@playwright/test';
import { routes } from '../routes';

test('every internal link and anchor resolves', async ({ page, request, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const queue = ['/', ...routes.map((r) => r.split('?')[0])];
  const ids = new Map<string, Set<string>>();
  const links: { from: string; to: string }[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (ids.has(path)) continue;
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      urls: [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src),
    }));
    ids.set(path, new Set(found.ids));
    for (const url of found.urls) {
      const u = new URL(url);
      if (u.origin !== origin) continue;
      links.push({ from: path, to: u.pathname + u.hash });
      if (u.pathname.endsWith('/') && !ids.has(u.pathname)) queue.push(u.pathname);
    }
  }
  const broken: string[] = [];
  const checked = new Map<string, number>();
  for (const { from, to } of links) {
    const [path, hash] = to.split('#');
    if (!checked.has(path)) checked.set(path, (await request.get(path)).status());
    if (checked.get(path) !== 200) broken.push(`${from} → ${to} (${checked.get(path)})`);
    else if (hash && ids.has(path) && !ids.get(path)!.has(decodeURIComponent(hash))) broken.push(`${from} → ${to} (no such anchor)`);
  }
  for (const route of routes) expect(ids.has(route.split('?')[0]), route).toBe(true);
  expect(broken).toEqual([]);
});
