import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseTemplate, notice, standardForm, study } from './lib/content/schemas';

// HANDBOOK_CONTENT lets tests and the scale bench build from another folder; editors never set it.
const root = process.env.HANDBOOK_CONTENT ?? './content';
const from = (dir: string, pattern: string) => glob({ base: `${root}/${dir}`, pattern });

export const collections = {
  notices: defineCollection({ loader: from('notices', '*.mdx'), schema: notice }),
  study: defineCollection({ loader: from('study', '*.md'), schema: study }),
  standards: defineCollection({ loader: from('standards', '*.yaml'), schema: standardForm }),
  templates: defineCollection({ loader: from('templates', '*.mdx'), schema: caseTemplate }),
};
