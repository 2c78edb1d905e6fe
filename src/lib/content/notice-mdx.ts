// A drafted notice written out as the files a month needs: content/notices/YYYY-MM.mdx and one
// content/study/*.md per 学习内容参考 item. Text is escaped for MDX (braces, angle brackets,
// Markdown punctuation), so the notice's words reach the page exactly; guessed frontmatter
// fields carry a 「待核对」 comment.
import { Document, isScalar } from 'yaml';
import type { BodyNode, NoticeDraft } from './notice-draft.ts';
import type { Span } from './notice-blocks.ts';

/** Text safe inside MDX: entities for what MDX would parse as JSX or expressions, backslashes for Markdown. */
export function mdxText(s: string): string {
  // Markdown's escapes first: the entities added after them hold # and ; of their own.
  return s
    .replace(/[\\`*_[\]~#|!$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/\s*\n\s*/g, ' ');
}

const spansHtml = (spans: Span[]) => spans.map((s) => (s.bold ? `<strong>${mdxText(s.text)}</strong>` : mdxText(s.text))).join('');

function nodeMdx(n: BodyNode): string {
  switch (n.kind) {
    case 'salutation':
      return `<p class="salutation">${mdxText(n.text)}</p>`;
    case 'h2':
    case 'h3':
    case 'h4': {
      const hashes = { h2: '##', h3: '###', h4: '####' }[n.kind];
      return `${hashes} ${mdxText(n.text)}${n.anchor ? ` \\{#${n.anchor}}` : ''}`;
    }
    case 'p': {
      if (!n.link) return `<p>${spansHtml(n.spans)}</p>`;
      // A study item: its title links to its study page, the numbering and punctuation stay as written.
      const text = n.spans.map((s) => s.text).join('');
      const at = text.indexOf(n.link.text);
      const [before, after] = at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + n.link.text.length)];
      return `<p>${mdxText(before)}<a href="${n.link.href}">${mdxText(n.link.text)}</a>${mdxText(after)}</p>`;
    }
    case 'ol':
      return `<ol>\n${n.items.map((i) => `<li value="${i.n}">${spansHtml(i.spans)}</li>`).join('\n')}\n</ol>`;
    case 'table': {
      const rows = n.rows.map((r) => `<tr>${r.map((c) => `<td${c.rowSpan > 1 ? ` rowSpan={${c.rowSpan}}` : ''}${c.colSpan > 1 ? ` colSpan={${c.colSpan}}` : ''}>${mdxText(c.text)}</td>`).join('')}</tr>`);
      return `<section class="table-scroll" tabIndex={0} aria-label="${mdxText(n.label)}">\n<table>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`;
    }
  }
}

const reviewNote = ' 待核对：由导入程序从正文推断';

/** Frontmatter YAML with a 待核对 comment on every guessed field. */
function frontmatter(d: NoticeDraft, source: string): string {
  const doc = new Document({
    month: d.month,
    title: d.title,
    issuer: d.issuer,
    audience: d.audience,
    summary: d.summary,
    deadlines: d.deadlines,
    tasks: d.tasks,
  });
  doc.commentBefore = ` 由 npm run notice -- import 从 ${source} 生成。标有“待核对”的字段是推断的：\n 对照 Word 原文核对后删去这条注释。正文是原文，不要改动文字。`;
  for (const r of d.review) {
    if (r.path.startsWith('study:')) continue;
    const node = doc.getIn(r.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), true);
    if (isScalar(node)) node.comment = reviewNote;
  }
  // Dates and months stay strings: quoted, no YAML reader can take 2022-05-06 for a timestamp.
  const quote = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
  };
  quote(['month']);
  d.deadlines.forEach((_, k) => quote(['deadlines', k, 'due']));
  return doc.toString({ lineWidth: 0 });
}

export function noticeMdx(d: NoticeDraft, source: string): string {
  return `---\n${frontmatter(d, source)}---\n\n${d.body.map(nodeMdx).join('\n\n')}\n`;
}

/** One study entry: only the notice's own words (its title and the sentence that cites it). */
export function studyMd(d: NoticeDraft, s: NoticeDraft['studies'][number]): string {
  const doc = new Document({
    title: s.title,
    kind: s.kind,
    order: s.order,
    notice: d.month,
    citedIn: [{ anchor: s.anchor, label: s.label, how: s.how, quote: s.quote }],
  });
  doc.commentBefore = ` 由 npm run notice -- import 生成：只含通知原文对它的表述，不要补写讲话原文或摘要。\n 待核对：kind（讲话精神 / 讲话 / 文件）是按标题推断的。`;
  const month = doc.get('notice', true);
  if (isScalar(month)) month.type = 'QUOTE_DOUBLE';
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}
