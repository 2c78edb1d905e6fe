// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/lib/content/heading-ids.ts';

// Vite wraps every dynamic import in a helper (0.9 KB gz on every form page) that preloads the
// imported chunk's dependencies and CSS. Ours import no CSS, and their few dependencies are mostly
// loaded already: a plain import does. (build.modulePreload: false keeps the helper: vite#18551.) It
// stays a chunk of its own (~60 B): in `forms` it would bring that chunk to /search/.
const preloadHelper = '\0vite/preload-helper.js';
/** @type {import('vite').Plugin} */
const plainDynamicImport = {
  name: 'plain-dynamic-import',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('vite/preload-helper.js') ? preloadHelper : undefined),
  load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : undefined),
};

// The form pages share code in two chunks (see vite.build below), so /summary/, which keeps no
// drafts, does not load the drafts bar. In this order: a chunk takes the modules it matches and what
// they import, unless the one before has.
const sharedChunks = [
  // the dynamic-import helper above, alone: a chunk whose code imports it would otherwise take it in.
  { name: 'preload-helper', test: /vite[\\/]preload-helper\.js$/ },
  // every island: the UI library, the hand-made hydration, schemas, the storage envelope, backup
  // files written (reading one loads when a file is chosen);
  { name: 'forms', test: /node_modules[\\/](preact|valibot)[\\/]|src[\\/](islands[\\/](hydrate|drafts[\\/](useSession|unsaved|download))\.ts|lib[\\/](storage[\\/](?!draft-session|profile|rebase|backup-read)|content[\\/]|checklist[\\/]|case[\\/]|summary[\\/]|records[\\/](ledger|keys)\.ts))/ },
  // the pages that keep drafts: the drafts bar and session.
  { name: 'drafts', test: /node_modules[\\/]nanostores[\\/]|src[\\/](islands[\\/]drafts[\\/]|lib[\\/]storage[\\/](draft-session|profile|rebase)\.ts)/ },
].map((g, i, all) => ({ ...g, minShareCount: 3, priority: all.length - i }));

// The public address, from SITE_URL at build time (e.g. SITE_URL=https://dangjian.example.edu.cn):
// canonical links, the sitemap, RSS and the calendar's links use it. Without it the build names no
// address: no canonical link or sitemap, and RSS and calendar links are relative or left out.
const site = process.env.SITE_URL?.trim() || undefined;
if (site && !/^https?:\/\/[^/?#\s]+\/?$/.test(site)) {
  throw new Error(`SITE_URL 必须是网站根地址，如 https://dangjian.example.edu.cn（SITE_URL must be the site's root address）：${site}`);
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // HANDBOOK_OUT: the scale bench builds synthetic sites elsewhere, never over dist/.
  outDir: process.env.HANDBOOK_OUT ?? './dist',
  // Builds from other content (HANDBOOK_CONTENT: tests, the scale bench) keep their own content
  // cache beside that folder: in the shared one, their files broke the next build of the real site.
  cacheDir: process.env.HANDBOOK_CONTENT ? `${resolve(process.env.HANDBOOK_CONTENT)}.cache` : './node_modules/.astro',
  integrations: [mdx(), preact(), ...(site ? [sitemap()] : [])],
  // `npm start` serves here; HANDBOOK_PORT moves it (the fresh-clone test, a second checkout).
  server: { host: '127.0.0.1', port: Number(process.env.HANDBOOK_PORT ?? 4321) },
  // No code blocks here, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // smartypants off: the notices' punctuation is the source's, character for character (it turned
  // a straight " in an imported notice into a curly one).
  markdown: { processor: satteri({ hastPlugins: [headingIds] }), syntaxHighlight: false, smartypants: false },
  devToolbar: { enabled: false },
  // Shared code goes into the chunks named above. Left alone, the bundler splits shared code by
  // exactly which pages use it, so each new form page re-split the others' chunks and cost every one of
  // them 0.6–1.2 KB gzipped (measured when /summary/ came). With one chunk for all, /summary/ and the
  // 党费 calculator loaded the drafts code they never use (5 KB). Code fewer than three pages use
  // stays with them (the branch book's: the 登记表 and the ledger load it only on demand).
  vite: {
    plugins: [plainDynamicImport],
    build: {
      // The service-worker registration (SiteNotes.astro) is on every page: one external, cached
      // file rather than inline copies that each page would download and hash in its CSP.
      assetsInlineLimit: (file) => (file.includes('SiteNotes.astro_astro_type_script') ? false : undefined),
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: sharedChunks,
          },
        },
      },
    },
  },
  // A <meta> CSP on every page: Astro hashes its own scripts and styles (and Base.astro the inline ones
  // in the head slot). Workers only from this site (the service worker). The search page adds what
  // Pagefind needs there alone (src/pages/search.astro). Nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
