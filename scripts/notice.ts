#!/usr/bin/env node
// npm run notice -- import <file.docx> --month YYYY-MM [--issuer 组织人事处] [--force]
// npm run notice -- new --month YYYY-MM
// Writes content/notices/YYYY-MM.mdx (and content/study/YYYY-MM-study-N.md) from a Word notice, then
// prints what it guessed so the editor can check it. Any problem: a Chinese message, nothing written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocxBlocks } from '../src/lib/content/notice-blocks.ts';
import { NoticeImportError, draftNotice } from '../src/lib/content/notice-draft.ts';
import { noticeMdx, studyMd } from '../src/lib/content/notice-mdx.ts';
import { noticeProblems } from '../src/lib/content/notice-check.ts';
import { skeletonMdx } from '../src/lib/content/notice-skeleton.ts';

const usage = `用法：
  npm run notice -- import 通知.docx --month 2022-05   从 Word 通知生成该月页面
  npm run notice -- new --month 2022-05                 建一份空白通知（手工填写）
选项：--issuer 发文单位（默认 组织人事处）  --force 覆盖已有的同月文件`;

function fail(message: string): never {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { month: { type: 'string' }, issuer: { type: 'string' }, force: { type: 'boolean' } } });
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`);
  }
})();
const [command, file] = positionals;
const month = values.month ?? '';
const content = process.env.HANDBOOK_CONTENT ?? join(import.meta.dirname, '..', 'content');
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) fail(`请用 --month 指定月份，写成 YYYY-MM，例如 --month 2022-05。\n${usage}`);
const noticePath = join(content, 'notices', `${month}.mdx`);
const shown = (p: string) => p.replace(`${join(content, '..')}/`, '');

/** Writes all files or none: every target is checked before the first is written. */
function writeAll(files: [string, string][]) {
  const taken = files.filter(([p]) => existsSync(p));
  if (taken.length && !values.force) fail(`这些文件已经存在，没有改动任何文件：\n  ${taken.map(([p]) => shown(p)).join('\n  ')}\n确实要覆盖，请加 --force。`);
  for (const [p, text] of files) {
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  }
}

if (command === 'new') {
  writeAll([[noticePath, skeletonMdx(month)]]);
  console.log(`✓ 已建立 ${shown(noticePath)}：按文件里的说明填写，然后 npm run dev 预览。`);
} else if (command === 'import') {
  if (!file) fail(`请给出 Word 文件的路径。\n${usage}`);
  if (!existsSync(file)) fail(`找不到文件：${file}`);
  const bytes = readFileSync(file);
  if (!bytes.length) fail(`文件是空的：${file}`);
  if (!/\.docx$/i.test(file)) fail(`只能导入 .docx 文件（${basename(file)} 不是）。旧版 .doc 请先用 Word 或 WPS 另存为 .docx。`);
  let draft;
  try {
    draft = draftNotice(await readDocxBlocks(bytes), month, values.issuer);
  } catch (e) {
    fail(e instanceof NoticeImportError || e instanceof Error ? e.message : String(e));
  }
  const mdx = noticeMdx(draft, basename(file));
  // The generated page must pass the same check as the build; if not, it is this program's fault.
  const problems = noticeProblems(mdx, shown(noticePath));
  if (problems.length) fail(`生成的通知没有通过检查，没有写入任何文件：\n${problems.join('\n')}`);
  writeAll([[noticePath, mdx], ...draft.studies.map((s): [string, string] => [join(content, 'study', `${s.slug}.md`), studyMd(draft, s)])]);
  console.log(`✓ 已生成 ${shown(noticePath)}${draft.studies.length ? ` 和 ${draft.studies.length} 份学习材料（${shown(join(content, 'study'))}/${month}-study-*.md）` : ''}`);
  console.log(`\n请对照 Word 原文核对下面 ${draft.review.length} 处推断（文件里标有“待核对”）：`);
  for (const r of draft.review) console.log(`  · ${r.field}：${r.guess}\n      依据：${r.where}`);
  console.log(`\n然后：npm run dev 打开 /notices/${month}/ 预览；核对无误后删去“待核对”注释再提交。`);
} else {
  fail(usage);
}
