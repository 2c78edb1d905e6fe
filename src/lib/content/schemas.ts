// The one definition of every content shape. content.config.ts wires these to collections;
// unit tests parse fixtures with them directly.
import { z } from 'astro/zod';
import { recordTypes } from '../records/types.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, '必须是小写 ASCII 短标识（a-z、0-9、- 和 .）');
const isoDate = z.iso.date({ error: '日期必须写成 YYYY-MM-DD，并且是真实存在的日期' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份必须写成 YYYY-MM');

/** Who a task or deadline is for. */
export const audience = z.enum(['党总支', '党支部', '全体']);

/** Ids must be unique within a list; the error points at the second occurrence. */
function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx, path: (string | number)[]) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `重复的 id：${item.id}` });
    }
    seen.add(item.id);
  });
}

export const deadline = z.object({
  id: slug,
  what: z.string().min(1),
  due: isoDate,
  from: z.string().min(1),
  submitTo: z.string().min(1),
  format: z.string().min(1),
  /** Site path of the attachment or tool that the submission is made with. */
  link: z.string().startsWith('/'),
  linkText: z.string().min(1),
  /** Site tools that produce the submission (the checklist, the case writer). */
  tools: z.array(z.object({ href: z.string().startsWith('/'), label: z.string().min(1) })).default([]),
});

export const task = z.object({
  id: slug,
  section: z.enum(['理论学习', '组织生活', '重点工作']),
  title: z.string().min(1),
  who: audience,
  /** Anchor of the task's paragraph in the notice body. */
  anchor: slug,
  deadline: slug.optional(),
  /** The 支部工作记录 record type that does this task: the ledger offers such records to tick it from. */
  recordType: z.enum(recordTypes).optional(),
});

export const notice = z
  .object({
    month,
    title: z.string().min(1),
    issuer: z.string().min(1),
    audience: z.string().min(1),
    summary: z.string().min(1),
    deadlines: z.array(deadline).min(1),
    tasks: z.array(task).min(1),
  })
  .superRefine((n, ctx) => {
    uniqueIds(n.deadlines, ctx, ['deadlines']);
    uniqueIds(n.tasks, ctx, ['tasks']);
    const ids = new Set(n.deadlines.map((d) => d.id));
    n.tasks.forEach((t, i) => {
      if (t.deadline && !ids.has(t.deadline)) {
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'deadline'], message: `没有 id 为 ${t.deadline} 的截止事项` });
      }
    });
  });

export const study = z.object({
  title: z.string().min(1),
  kind: z.enum(['讲话精神', '讲话', '文件', '警示案例']),
  order: z.number().int(),
  notice: month,
  /** Where the notice cites this item and its words there, verbatim. */
  citedIn: z
    .array(z.object({ anchor: slug, label: z.string().min(1), how: z.string().min(1), quote: z.string().min(1) }))
    .min(1),
});

/**
 * A countable requirement an item states, with the exact words it comes from (`quote`, a substring
 * of the item's text: checked below). The 登记表 shows evidence for it from the branch's records.
 */
const quote = z.string().min(4);
export const rule = z.discriminatedUnion('kind', [
  // Records of `type`: at least `min` in each month / quarter / half-year / year; `months` limits the
  // periods to those months (党费公示 in June and December); `perGroup`: each 党小组 on its own.
  z.object({
    kind: z.literal('count'),
    quote,
    type: z.enum(recordTypes),
    per: z.enum(['month', 'quarter', 'half', 'year']),
    min: z.number().int().min(1),
    months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
    perGroup: z.boolean().optional(),
  }),
  // 学时 each person earns in the year from records attended: party members, or the committee.
  z.object({ kind: z.literal('hours'), quote, who: z.enum(['党员', '委员']), min: z.number().positive() }),
  // 谈心谈话 pairs: committee members among themselves, or each committee member with each member.
  z.object({ kind: z.literal('talks'), quote, between: z.enum(['委员之间', '委员与党员']) }),
  // 入党积极分子 : 发展对象 in the member list, at least `min` : 1.
  z.object({ kind: z.literal('ratio'), quote, min: z.number().positive() }),
  // Each committee member is the 主讲人 of at least `min` records of `type` a year.
  z.object({ kind: z.literal('speakers'), quote, type: z.enum(recordTypes), min: z.number().int().min(1) }),
]);
export type Rule = z.infer<typeof rule>;

export const standardItem = z
  .object({
    id: slug,
    name: z.string().min(1),
    text: z.string().min(1),
    /** Words users search with that the standard's own text does not use. */
    keywords: z.array(z.string().min(1)).optional(),
    rules: z.array(rule).optional(),
  })
  .superRefine((item, ctx) =>
    item.rules?.forEach((r, i) => {
      if (!item.text.includes(r.quote)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'quote'], message: `引文不在条目原文中：${r.quote}` });
    }),
  );

export const standardForm = z
  .object({
    form: z.enum(['zongzhi', 'zhibu']),
    ordinal: z.string().min(1),
    title: z.string().min(1),
    org: z.enum(['党总支', '党支部']),
    nameLabel: z.string().min(1),
    dateLabel: z.string().min(1),
    resultLabel: z.string().min(1),
    categories: z
      .array(z.object({ id: slug, name: z.string().min(1), items: z.array(standardItem).min(1) }))
      .min(1),
  })
  .superRefine((f, ctx) => {
    uniqueIds(f.categories, ctx, ['categories']);
    const seen = new Set<string>();
    f.categories.forEach((c, ci) =>
      c.items.forEach((item, ii) => {
        const path = ['categories', ci, 'items', ii, 'id'];
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path, message: `重复的标准条目 id：${item.id}` });
        if (!item.id.startsWith(`${f.form}.`))
          ctx.addIssue({ code: 'custom', path, message: `条目 id 必须以 "${f.form}." 开头` });
        seen.add(item.id);
      }),
    );
  });

const fontSpec = z.object({
  font: z.string().min(1),
  sizeName: z.string().min(1),
  sizePt: z.number().positive(),
  align: z.enum(['center', 'justify']),
  indentChars: z.number().int().min(0),
});

/** 附件1: the case report's structure and print rules, used by the template page and print styles. */
export const caseTemplate = z.object({
  title: z.string().min(1),
  attachment: z.string().min(1),
  notice: month,
  paper: z.literal('A4'),
  marginsMm: z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }),
  lineSpacingPt: z.number().positive(),
  linesPerPage: z.number().int().positive(),
  elements: z.object({ title: fontSpec, unit: fontSpec, heading1: fontSpec, heading2: fontSpec, body: fontSpec }),
  numeralsFont: z.string().min(1),
  pageNumber: z.object({ format: z.string().min(1), position: z.literal('bottom-center') }),
  photos: z.object({ format: z.literal('JPG'), minPixels: z.number().int().positive(), captionChars: z.number().int().positive() }),
  sections: z.array(z.object({ heading: z.string().min(1), note: z.string().optional() })).length(4),
});

export type Notice = z.infer<typeof notice>;
export type Deadline = z.infer<typeof deadline>;
export type Task = z.infer<typeof task>;
export type StandardForm = z.infer<typeof standardForm>;
export type StandardItem = z.infer<typeof standardItem>;
export type CaseTemplate = z.infer<typeof caseTemplate>;
