// A notice's frontmatter checked against the one notice schema, with each problem said in plain
// Chinese with its file and line: 「截止日期 2022年5月32日 不是有效日期（content/notices/2022-05.mdx 第 12 行）」.
// The build runs this before Astro's own validation (content.config.ts), so an editor who made a
// mistake reads where it is, not a zod path.
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { notice } from './schemas.ts';

const labels: Record<string, string> = {
  month: '月份',
  title: '标题',
  issuer: '发文单位',
  audience: '主送',
  summary: '摘要',
  deadlines: '截止事项',
  tasks: '工作任务',
  due: '截止日期',
  what: '报送内容',
  from: '报送单位',
  submitTo: '报送至',
  format: '报送格式',
  link: '链接',
  linkText: '链接文字',
  tools: '在线工具',
  href: '链接',
  label: '名称',
  id: '标识',
  section: '栏目',
  who: '对象',
  anchor: '锚点',
  deadline: '对应的截止事项',
};

type Path = (string | number)[];

/** Where a path is said in words: 截止事项第 1 项的截止日期. */
function describe(path: Path): string {
  const parts: string[] = [];
  path.forEach((p, i) => {
    if (typeof p === 'number') parts.push(`第 ${p + 1} 项`);
    else parts.push(`${i > 0 && typeof path[i - 1] === 'number' ? '的' : ''}${labels[p] ?? p}`);
  });
  return parts.join('');
}

/** 2022-05-32 → 「2022年5月32日 不是有效日期」; 2022-5-6 → how to write it. */
function badDate(v: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v));
  return m ? ` ${m[1]}年${Number(m[2])}月${Number(m[3])}日 不是有效日期` : `“${String(v)}”要写成 "YYYY-MM-DD"（带引号），例如 "2022-05-06"`;
}

/** Problems in one notice file, each with its line; [] when it is valid. */
export function noticeProblems(text: string, file: string): string[] {
  const at = (line: number) => `（${file} 第 ${line} 行）`;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return [`文件开头缺少用 --- 包起来的通知信息（月份、标题、截止事项……）${at(1)}`];
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  // The frontmatter starts on line 2, after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  // Only the first YAML error: the rest are usually its echoes.
  const [error] = doc.errors;
  if (error) return [`通知信息的格式有误（常见原因：缩进不齐、冒号后少了空格、括号没有配对）：${error.message.split('\n')[0]}${at(lineOf(error.pos[0]))}`];
  const result = notice.safeParse(doc.toJS());
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const node = nearest(doc.contents, path);
    const line = node?.range ? lineOf(node.range[0]) : 2;
    const value = doc.getIn(path);
    const name = describe(path) || '通知信息';
    if (path[path.length - 1] === 'due' && value !== undefined) return `${name}${badDate(value)}${at(line)}`;
    if (value === undefined && issue.code === 'invalid_type') return `缺少${name}${at(line)}`;
    return `${name}${inWords(issue)}${at(line)}`;
  });
}

/** zod's English for the issues a hand-edited notice can have, in plain Chinese; our own messages are already Chinese. */
function inWords(issue: { code: string; message: string; values?: unknown[]; minimum?: unknown; origin?: string; format?: string; prefix?: string }): string {
  if (issue.code === 'invalid_value' && issue.values) return ` 只能是 ${issue.values.map((v) => `“${String(v)}”`).join('、')} 之一`;
  if (issue.code === 'too_small') return issue.origin === 'array' ? ` 至少要有 ${String(issue.minimum)} 项` : ' 不能为空';
  if (issue.code === 'invalid_format' && issue.format === 'starts_with') return ` 必须以 ${issue.prefix ?? ''} 开头`;
  if (issue.code === 'invalid_type') return ' 的类型不对（例如该写文字的地方写成了列表）';
  return `：${issue.message}`; // the schema's own messages (id, month, date formats) are Chinese
}

/** The node at `path`, or the deepest one on the way there (a missing field points at its parent). */
function nearest(root: unknown, path: Path): Node | null {
  let node = root as Node | null;
  for (const key of path) {
    const next = isMap(node) || isSeq(node) ? (node.get(key, true) as Node | undefined) : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}
