// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/lib/content/heading-ids.ts';

export default defineConfig({
  site: 'https://handbook.example.edu.cn',
  trailingSlash: 'always',
  // HANDBOOK_OUT: the scale bench builds synthetic sites elsewhere, never over dist/.
  outDir: process.env.HANDBOOK_OUT ?? './dist',
  // Builds from other content (HANDBOOK_CONTENT: tests, the scale bench) keep their own content
  // cache beside that folder: in the shared one, their files broke the next build of the real site.
  cacheDir: process.env.HANDBOOK_CONTENT ? `${resolve(process.env.HANDBOOK_CONTENT)}.cache` : './node_modules/.astro',
  integrations: [mdx(), preact(), sitemap()],
  // No code blocks here, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // smartypants off: the notices' punctuation is the source's, character for character (it turned
  // a straight " in an imported notice into a curly one).
  markdown: { processor: satteri({ hastPlugins: [headingIds] }), syntaxHighlight: false, smartypants: false },
  devToolbar: { enabled: false },
  // The form pages (checklist, ledger, case writer, summary) load one shared chunk: the code three or
  // more of them use (preact, valibot, nanostores, src/lib, the drafts islands, islands/hydrate.ts).
  // Left alone, the bundler splits shared code by exactly which pages use it, so each new form page
  // re-split the others' chunks and cost every one of them 0.6–1.2 KB gzipped (measured when /summary/ came).
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'forms', test: /src[\\/](lib[\\/]|islands[\\/]drafts[\\/]|islands[\\/]hydrate\.ts)|node_modules[\\/](valibot|nanostores|@nanostores|preact)[\\/]/, minShareCount: 3 }],
          },
        },
      },
    },
  },
  // A <meta> CSP on every page: Astro hashes its own scripts and styles; Pagefind needs to compile
  // its WASM and start a worker from a blob. Nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
