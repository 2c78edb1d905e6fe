// A Word notice's blocks turned into a notice page: its sections (一、 → section, （一） → subsection,
// 1. → list, recognised from the text itself), its 附件, and a drafted frontmatter (deadlines from
// 「于5月6日前报送组织人事处」, tasks from the 组织生活 and 重点工作 items, study items from
// 学习内容参考). Every drafted field is listed for review; nothing is written that the notice
// does not say, except the structural summary and placeholders the review list names.
import type { Block, Span } from './notice-blocks.ts';

export interface Review {
  field: string;
  guess: string;
  where: string;
}

export type BodyNode =
  | { kind: 'salutation'; text: string }
  | { kind: 'h2' | 'h3' | 'h4'; text: string; anchor?: string }
  | { kind: 'p'; spans: Span[]; link?: { href: string; text: string } }
  | { kind: 'ol'; items: { n: number; spans: Span[] }[] }
  | { kind: 'table'; label: string; rows: { text: string; rowSpan: number; colSpan: number }[][] };

export interface DraftDeadline {
  id: string;
  what: string;
  due: string;
  from: string;
  submitTo: string;
  format: string;
  link: string;
  linkText: string;
  tools: never[];
  /** Set while the 附件 it names is not read yet: its name becomes `what`. */
  whatFromAttachment?: boolean;
}
export interface DraftTask {
  id: string;
  section: '理论学习' | '组织生活' | '重点工作';
  title: string;
  who: '党总支' | '党支部' | '全体';
  anchor: string;
  deadline?: string;
}
export interface DraftStudy {
  slug: string;
  title: string;
  kind: '讲话精神' | '讲话' | '文件';
  order: number;
  quote: string;
  anchor: string;
  label: string;
  how: string;
}
export interface NoticeDraft {
  month: string;
  title: string;
  issuer: string;
  audience: string;
  summary: string;
  deadlines: DraftDeadline[];
  tasks: DraftTask[];
  studies: DraftStudy[];
  body: BodyNode[];
  /** Frontmatter paths (e.g. "deadlines.0.what") that were guessed, with what and where. */
  review: (Review & { path: string })[];
}

const cn = '一二三四五六七八九十';
const sectionRe = new RegExp(`^([${cn}]+)、\\s*(.+)$`);
const subRe = new RegExp(`^（([${cn}]+)）\\s*(.*)$`);
const itemRe = /^(\d{1,2})[.．、]\s*(.+)$/;
const attachmentRe = new RegExp(`^附件\\s*([0-9]+|[${cn}]+)\\s*(?:[:：　 ]\\s*(.*))?$`);
const studyRefsRe = /^学习内容参考[:：]?$/;
const salutationRe = /^各[^。，；]{1,30}[:：]?$/;
/** 于5月6日前报送组织人事处 / 于2023年1月10日之前报组织人事处 */
const deadlineRe = /于(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:之)?前(?:报送|上报|提交|报|交|送)(?:至|到)?([^，。；、,;（(]*)/g;

/** Known section names get the anchors the site already uses; others get section-N. */
const sectionAnchors: Record<string, string> = { 理论学习: 'study', 组织生活: 'org-life', 重点工作: 'key-work' };
const taskSections = ['组织生活', '重点工作'] as const;

const cnNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : cnToInt(s));
function cnToInt(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + cn.indexOf(s[1]) + 1;
  if (s.endsWith('十')) return (cn.indexOf(s[0]) + 1) * 10;
  if (s.includes('十')) return (cn.indexOf(s[0]) + 1) * 10 + cn.indexOf(s[2]) + 1;
  return cn.indexOf(s) + 1;
}


/** The spans between two character offsets of their joined text. */
export function sliceSpans(spans: Span[], start: number, end = Infinity): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, s.text.length);
    if (to > from) out.push({ text: s.text.slice(from, to), bold: s.bold });
    at += s.text.length;
  }
  return out;
}

/** A date in the notice's month resolved to its year: a month earlier than the notice's is next year. */
export function resolveDate(noticeMonth: string, m: number, d: number, year?: number): string | null {
  const [ny, nm] = noticeMonth.split('-').map(Number);
  const y = year ?? (m < nm ? ny + 1 : ny);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const snippet = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);
const cutEnd = (s: string) => s.replace(/[；;。，,：:\s]+$/, '');

export class NoticeImportError extends Error {}

interface Section {
  n: number;
  name: string;
  heading: string;
  anchor: string;
}

/** Drafts a notice from a Word file's blocks. Throws NoticeImportError with a Chinese message. */
export function draftNotice(blocks: Block[], month: string, issuer = '组织人事处'): NoticeDraft {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new NoticeImportError(`月份“${month}”要写成 YYYY-MM，例如 2022-05`);
  if (!blocks.length) throw new NoticeImportError('这个 Word 文件是空的：没有找到任何段落。');
  const review: NoticeDraft['review'] = [];
  const where = (i: number) => `第 ${i + 1} 段「${snippet(blockText(blocks[i]), 24)}」`;

  // Title: the paragraphs before the salutation (各党总支、党支部).
  const salIndex = blocks.findIndex((b, i) => i < 8 && b.kind === 'p' && salutationRe.test(b.text.trim()));
  const titleBlocks = salIndex > 0 ? blocks.slice(0, salIndex) : blocks.slice(0, 1);
  const title = titleBlocks.map((b) => blockText(b).trim()).join('');
  if (!title) throw new NoticeImportError('没有找到通知标题：Word 文件的第一段应当是标题。');
  const audience = salIndex >= 0 ? cutEnd(blockText(blocks[salIndex]).trim()) : '各党总支、党支部';
  if (salIndex < 0) review.push({ path: 'audience', field: '主送', guess: audience, where: '正文里没有找到“各……：”开头的称呼行' });
  review.push({ path: 'title', field: '标题', guess: title, where: `第 1–${titleBlocks.length} 段` });
  review.push({ path: 'issuer', field: '发文单位', guess: issuer, where: 'Word 正文没有落款时用默认值（可用 --issuer 指定）' });

  const start = salIndex >= 0 ? salIndex + 1 : titleBlocks.length;
  const body: BodyNode[] = [];
  if (salIndex >= 0) body.push({ kind: 'salutation', text: audience });
  const tasks: DraftTask[] = [];
  const deadlines: DraftDeadline[] = [];
  const studies: DraftStudy[] = [];
  const attachments = new Map<number, string>();
  const problems: string[] = [];

  let section: Section | null = null;
  let sub: { anchor: string; task?: DraftTask; text: string } | null = null;
  let inStudyRefs = false;
  let attachment: number | null = null;
  let subCount = 0;
  let tableCount = 0;
  let attachmentHeadings = 0;
  const usedAnchors = new Set<string>();
  let attachmentAnchor = '';
  let attachmentHasSections = false;

  const pushItem = (n: number, spans: Span[]) => {
    const last = body[body.length - 1];
    if (last?.kind === 'ol') last.items.push({ n, spans });
    else body.push({ kind: 'ol', items: [{ n, spans }] });
  };

  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table') {
      body.push({ kind: 'table', label: `${attachment !== null ? `附件${attachment}` : ''}表格${++tableCount}`, rows: b.rows });
      continue;
    }
    const text = b.text.trim();
    const lead = b.text.length - b.text.trimStart().length;
    const spans = sliceSpans(b.spans, lead, lead + text.length);
    let m: RegExpExecArray | null;

    if ((m = attachmentRe.exec(text))) {
      // 附件1 alone on its line takes the next paragraph as its title.
      const n = cnNumber(m[1]);
      let name = cutEnd(m[2] ?? '');
      if (!name && blocks[i + 1]?.kind === 'p') name = blockText(blocks[++i]).trim();
      attachment = n;
      attachmentHeadings = 0;
      attachmentHasSections = false;
      attachments.set(n, name);
      section = null;
      sub = null;
      inStudyRefs = false;
      // The heading keeps the line as written (附件2：《…》); a bare 附件1 is joined with its title line.
      let anchor = `attachment-${n}`;
      for (let k = 2; usedAnchors.has(anchor); k++) anchor = `attachment-${n}-s${k}`;
      usedAnchors.add(anchor);
      attachmentAnchor = anchor;
      body.push({ kind: 'h2', text: m[2] ? text : `附件${m[1]}${name ? `　${name}` : ''}`, anchor });
      continue;
    }
    if (attachment !== null) {
      // Inside an 附件 the numbering is the attachment's own: one level down from the notice's,
      // and （一） is a level-3 heading where no 一、 came before it. Anchors stay ASCII.
      const anchor = () => `${attachmentAnchor}-${++attachmentHeadings}`;
      if (sectionRe.test(text)) {
        attachmentHasSections = true;
        body.push({ kind: 'h3', text, anchor: anchor() });
      } else if (subRe.test(text) && text.length <= 40) body.push({ kind: attachmentHasSections ? 'h4' : 'h3', text, anchor: anchor() });
      else if ((m = itemRe.exec(text))) pushItem(Number(m[1]), sliceSpans(spans, text.indexOf(m[2])));
      else body.push({ kind: 'p', spans });
      continue;
    }
    if ((m = sectionRe.exec(text))) {
      const name = cutEnd(m[2]);
      const n = cnNumber(m[1]);
      // A name or number used twice (two 一、 in one notice) still gets an anchor of its own.
      let anchor = sectionAnchors[name] ?? `section-${n}`;
      for (let k = 2; usedAnchors.has(anchor); k++) anchor = `${sectionAnchors[name] ?? `section-${n}`}-s${k}`;
      usedAnchors.add(anchor);
      section = { n, name, heading: text, anchor };
      sub = null;
      subCount = 0;
      inStudyRefs = false;
      body.push({ kind: 'h2', text, anchor: section.anchor });
      if (name === '理论学习' && !tasks.some((t) => t.id === 'theory-study')) tasks.push({ id: 'theory-study', section: '理论学习', title: '理论学习', who: '全体', anchor: section.anchor });
      continue;
    }
    if (studyRefsRe.test(text)) {
      inStudyRefs = true;
      body.push({ kind: 'p', spans });
      continue;
    }
    if (inStudyRefs && section) {
      const studyTitle = cutEnd(text.replace(subRe, '$2'));
      const slug = `${month}-study-${studies.length + 1}`;
      const kind = studyTitle.startsWith('《') ? '文件' : studyTitle.includes('讲话精神') ? '讲话精神' : studyTitle.includes('讲话') ? '讲话' : '文件';
      studies.push({ slug, title: studyTitle, kind, order: studies.length + 1, quote: text, anchor: section.anchor, label: `${section.heading} · 学习内容参考`, how: section.name });
      review.push({ path: `study:${slug}`, field: '学习材料', guess: `${studyTitle}（${kind}）`, where: where(i) });
      body.push({ kind: 'p', spans, link: { href: `/study/${slug}/`, text: studyTitle } });
      continue;
    }
    if ((m = subRe.exec(text)) && section) {
      // （一）召开一次党员大会。正文…: the first sentence is the heading, the rest its paragraph.
      const stop = m[2].search(/[。！？]/);
      if (stop >= 0) {
        subCount++;
        const headEnd = text.indexOf(m[2]) + stop + 1;
        const heading = text.slice(0, headEnd);
        const anchor = `${section.anchor}-${subCount}`;
        const rest = text.slice(headEnd).trim();
        const kind = (taskSections as readonly string[]).includes(section.name) ? (section.name as DraftTask['section']) : null;
        let task: DraftTask | undefined;
        const taskTitle = cutEnd(m[2].slice(0, stop));
        if (kind && taskTitle) {
          const who = audienceOf(rest);
          task = { id: anchor, section: kind, title: taskTitle, who, anchor };
          tasks.push(task);
          review.push({ path: `tasks.${tasks.length - 1}.who`, field: `任务“${task.title}”的对象`, guess: who, where: where(i) });
        }
        sub = { anchor, task, text: rest };
        body.push({ kind: 'h3', text: heading, anchor });
        if (rest) body.push({ kind: 'p', spans: sliceSpans(spans, headEnd + (text.slice(headEnd).length - text.slice(headEnd).trimStart().length)) });
        findDeadlines(rest || text, i);
        continue;
      }
    }
    if ((m = itemRe.exec(text))) pushItem(Number(m[1]), sliceSpans(spans, text.indexOf(m[2])));
    else body.push({ kind: 'p', spans });
    findDeadlines(text, i);
  }

  function findDeadlines(text: string, i: number) {
    for (const m of text.matchAll(deadlineRe)) {
      const due = resolveDate(month, Number(m[2]), Number(m[3]), m[1] ? Number(m[1]) : undefined);
      const said = `${m[1] ? `${m[1]}年` : ''}${m[2]}月${m[3]}日`;
      if (!due) {
        problems.push(`截止日期 ${said} 不是有效日期（${where(i)}）`);
        continue;
      }
      const sentence = sentenceAround(text, m.index ?? 0);
      const whatMatch = /(?:请)?(?:各[^将把，。]*?)?[将把](.+?)(?:以[^，。]*?形式)?于/.exec(sentence);
      const from = /请(各[^将把，。]+?)(?:[将把]|于)/.exec(sentence)?.[1] ?? (sub?.task ? `各${sub.task.who === '全体' ? '党总支、党支部' : sub.task.who}` : audience);
      const ref = /附件\s*(\d+)/.exec(sub?.text ?? text);
      const id = `deadline-${deadlines.length + 1}`;
      const taskTitle = sub?.task?.title ?? section?.name ?? title;
      const what = cutEnd(whatMatch?.[1] ?? taskTitle);
      const whatFromAttachment = !whatMatch && !!ref;
      const anchorLink = sub?.anchor ?? section?.anchor;
      deadlines.push({
        id,
        what,
        due,
        from,
        submitTo: cutEnd(m[4]) || issuer,
        format: ref ? `附件${ref[1]}` : '按通知要求',
        link: ref ? `/notices/${month}/#attachment-${ref[1]}` : `/notices/${month}/${anchorLink ? `#${anchorLink}` : ''}`,
        linkText: ref ? `附件${ref[1]}` : taskTitle,
        tools: [],
        whatFromAttachment,
      });
      const k = deadlines.length - 1;
      review.push({ path: `deadlines.${k}.due`, field: '截止日期', guess: `${due}（原文“${said}”）`, where: where(i) });
      review.push({ path: `deadlines.${k}.what`, field: '报送内容', guess: what, where: where(i) });
      review.push({ path: `deadlines.${k}.from`, field: '报送单位', guess: from, where: where(i) });
      review.push({ path: `deadlines.${k}.submitTo`, field: '报送至', guess: deadlines[k].submitTo, where: where(i) });
      if (sub?.task && !sub.task.deadline) sub.task.deadline = id;
    }
  }

  if (problems.length) throw new NoticeImportError(problems.join('\n'));
  if (!deadlines.length)
    throw new NoticeImportError('没有找到报送截止日期（形如“于5月6日前报送组织人事处”的句子）。每月通知至少要有一个截止事项；请检查 Word 文件，或用 npm run notice -- new 建空白通知后手工填写。');
  if (!tasks.length) throw new NoticeImportError('没有找到工作任务：正文里没有“一、理论学习”“二、组织生活”“三、重点工作”这样的栏目。');

  // 附件 names known now: the deadlines that cite them say which.
  deadlines.forEach((d, k) => {
    const n = /^附件(\d+)$/.exec(d.format)?.[1];
    const name = n ? attachments.get(Number(n)) : undefined;
    if (n && name) {
      d.format = `附件${n} ${name}`;
      d.linkText = `附件${n} ${name}`;
      if (d.whatFromAttachment) d.what = name.replace(/^《(.*)》$/, '$1');
    }
    delete d.whatFromAttachment;
    if (n && !attachments.has(Number(n))) review.push({ path: `deadlines.${k}.link`, field: '附件链接', guess: d.link, where: `正文提到附件${n}，但 Word 文件里没有找到它` });
  });

  const counts = (['理论学习', ...taskSections] as const)
    .map((s) => [s, tasks.filter((t) => t.section === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => (s === '理论学习' ? s : `${s}${n}项`));
  const dues = [...new Set(deadlines.map((d) => d.due))];
  const summary = `${counts.join('、')}；${deadlines.map((d) => d.what).join('和')}于${dues.map(shortDate).join('、')}前报送${deadlines[0].submitTo}。`;
  deadlines.forEach((d, k) => (review.find((r) => r.path === `deadlines.${k}.what`)!.guess = d.what));
  review.push({ path: 'summary', field: '摘要', guess: summary, where: '由栏目和截止事项拼成' });

  return { month, title, issuer, audience, summary, deadlines, tasks, studies, body, review };
}

function blockText(b: Block): string {
  return b.kind === 'p' ? b.text : b.rows.map((r) => r.map((c) => c.text).join(' ')).join(' ');
}

function audienceOf(text: string): DraftTask['who'] {
  const first = text.split(/[，。；]/)[0] ?? '';
  const zongzhi = first.includes('各党总支');
  const zhibu = first.includes('各党支部');
  return zongzhi === zhibu ? '全体' : zongzhi ? '党总支' : '党支部';
}

/** The sentence (between 。s) that holds position `at`. */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('。', at - 1) + 1;
  const end = text.indexOf('。', at);
  return text.slice(start, end < 0 ? undefined : end);
}

const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
