import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { caseTemplate, notice, standardForm, study } from './lib/content/schemas';
import { noticeProblems } from './lib/content/notice-check';

// HANDBOOK_CONTENT lets tests and the scale bench build from another folder; editors never set it.
const root = process.env.HANDBOOK_CONTENT ?? './content';
const from = (dir: string, pattern: string) => glob({ base: `${root}/${dir}`, pattern });

/** Notices are checked first, so an editor's mistake stops the build with file, line and a plain Chinese reason. */
function checkedNotices(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const dir = join(root, 'notices');
      const problems = readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .flatMap((f) => noticeProblems(readFileSync(join(dir, f), 'utf8'), join(root, 'notices', f).replace(/\\/g, '/')));
      if (problems.length) throw new Error(`通知有 ${problems.length} 处需要改正：\n${problems.join('\n')}`);
      return loader.load(context);
    },
  };
}

export const collections = {
  notices: defineCollection({ loader: checkedNotices(from('notices', '*.mdx')), schema: notice }),
  study: defineCollection({ loader: from('study', '*.md'), schema: study }),
  standards: defineCollection({ loader: from('standards', '*.yaml'), schema: standardForm }),
  templates: defineCollection({ loader: from('templates', '*.mdx'), schema: caseTemplate }),
};
