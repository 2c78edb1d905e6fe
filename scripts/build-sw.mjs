#!/usr/bin/env node
// Post-build step, after Pagefind: writes <out>/sw.js, the service worker that keeps the site on the
// device. src/sw/sw.ts is bundled with esbuild (Workbox's precaching runtime goes inside: nothing
// loads from a CDN), then workbox-build's injectManifest puts in the list of files to keep, each
// with a content hash (`revision`) so a changed notice or fix reaches users on their next visit.
//   node scripts/build-sw.mjs [outDir]   (default: HANDBOOK_OUT or dist)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

const root = join(import.meta.dirname, '..');

/** How many of the newest months' notice pages, ledgers and calendars are kept on the device. */
export const keepMonths = 3;

/** What is kept: every page, the site's CSS and JS (on-demand chunks too), search, icons, calendars. */
const globPatterns = [
  '**/*.html',
  '_astro/**/*.{js,css}',
  // Pagefind: its loader, worker, WASM and whole index. Its bundled UIs are unused by this site.
  'pagefind/{pagefind.js,pagefind-worker.js,pagefind-entry.json,*.pf_meta,wasm.*.pagefind}',
  'pagefind/{index,fragment,filter}/*',
  '*.{svg,webmanifest}',
  'icons/*.png',
  'notices/*.ics',
];

/** The months that have notice pages, newest first. */
export function noticeMonths(dir) {
  let names = [];
  try {
    names = readdirSync(join(dir, 'notices'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {}
  return names.filter((n) => /^\d{4}-\d{2}$/.test(n)).sort().reverse();
}

/** A Pagefind fragment names its page: `pagefind_dcd` then JSON with `url`, gzipped. */
function fragmentUrl(file) {
  try {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))).url ?? null;
  } catch {
    return null;
  }
}

/**
 * Leaves out the notice, ledger and calendar of months older than the newest `keep`, and their
 * search fragments (a fragment is one result's title and excerpt). Search still finds them offline
 * (the index is kept whole); their results say they need the network.
 */
export function latestMonthsOnly(dir, keep = keepMonths) {
  const old = new Set(noticeMonths(dir).slice(keep));
  const oldPage = (path) => {
    const m = /^\/?(?:notices|tasks)\/(\d{4}-\d{2})(?:\/|\.ics$)/.exec(path);
    return m !== null && old.has(m[1]);
  };
  return async (entries) => ({
    manifest: old.size === 0 ? entries : entries.filter((e) => !oldPage(e.url) && !(e.url.startsWith('pagefind/fragment/') && oldPage(fragmentUrl(join(dir, e.url)) ?? ''))),
    warnings: [],
  });
}

export async function buildServiceWorker(dir) {
  const source = join(dir, 'sw.src.js');
  await build({
    entryPoints: [join(root, 'src/sw/sw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020', // the site's floor: Chromium 85, Safari 14
    // Workbox logs only outside production.
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: source,
    logLevel: 'warning',
  });
  try {
    const result = await injectManifest({
      swSrc: source,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns,
      globIgnores: ['sw.js', 'sw.src.js'],
      // Names under _astro/ carry a content hash already; everything else is revisioned by hash.
      dontCacheBustURLsMatching: /^_astro\//,
      // The Word export chunk is ~210 KB: no single file may be left out for its size.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      manifestTransforms: [latestMonthsOnly(dir)],
    });
    for (const w of result.warnings) console.warn(`sw: ${w}`);
    return { files: result.count, bytes: result.size };
  } finally {
    rmSync(source, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.HANDBOOK_OUT ?? join(root, 'dist');
  const { files, bytes } = await buildServiceWorker(dir);
  console.log(`sw.js: ${files} files kept for offline use, ${(bytes / 1024).toFixed(0)} KB`);
}
