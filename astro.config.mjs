// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/lib/heading-ids.ts';

export default defineConfig({
  site: 'https://handbook.example.edu.cn',
  trailingSlash: 'always',
  // HANDBOOK_OUT: the scale bench builds synthetic sites elsewhere, never over dist/.
  outDir: process.env.HANDBOOK_OUT ?? './dist',
  integrations: [mdx(), preact(), sitemap()],
  // No code blocks here, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { processor: satteri({ hastPlugins: [headingIds] }), syntaxHighlight: false },
  devToolbar: { enabled: false },
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
