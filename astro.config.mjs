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
  markdown: { processor: satteri({ hastPlugins: [headingIds] }) },
  devToolbar: { enabled: false },
});
