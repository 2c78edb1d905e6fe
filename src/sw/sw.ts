/// <reference lib="webworker" />
// The service worker (bundled into dist/sw.js by scripts/build-sw.mjs, which injects the list of
// built files). It keeps the site on the device so every page, the search and the forms work with
// no network, and it takes over from an older version only when no open page has unsaved edits.
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// /notices/ is served from /notices/index.html; a query (/search/?q=…) never makes a page unknown.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/], cleanURLs: false });
cleanupOutdatedCaches();

// A page that is not kept on the device (an old month on a large site, a mistyped address) and
// cannot be fetched: say so in Chinese rather than show the browser's offline error.
const notSavedHere = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>这个页面没有保存在本设备上 · 党支部工作手册</title><h1>这个页面没有保存在本设备上</h1>
<p>现在连不上网络。本站的首页、近几个月的通知、学习材料、标准、搜索和各个填写页面都已保存在本设备上，可以离线打开；这个页面要联网后才能打开。</p>
<p><a href="/">回到首页</a></p>`;
registerRoute(
  new NavigationRoute(({ request }) =>
    fetch(request).catch(() => new Response(notSavedHere, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } })),
  ),
);

/** Asks one open page whether it holds edits not yet saved. A page that does not answer within a
 * second (frozen in the background, or a file such as rss.xml) counts as having none: form pages
 * save their drafts as soon as they are hidden. */
function hasUnsaved(client: Client): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data === true);
    client.postMessage('unsaved?', [channel.port2]);
    setTimeout(() => resolve(false), 1000);
  });
}

// A waiting version never activates on its own. Pages ask 'check' (may the update notice show?)
// and 'activate' (the user pressed 刷新); both get true only if no open page has unsaved edits.
self.addEventListener('message', (event) => {
  const reply = event.ports[0];
  if (!reply || (event.data !== 'check' && event.data !== 'activate')) return;
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const clear = !(await Promise.all(pages.map(hasUnsaved))).some(Boolean);
      if (clear && event.data === 'activate') await self.skipWaiting();
      reply.postMessage(clear);
    })(),
  );
});
