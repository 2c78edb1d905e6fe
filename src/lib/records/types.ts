// The record types and member categories as plain lists, with no dependencies: the content schema
// (build time, zod) and the stored-data schemas (browser, valibot) both use them.

/** The record types, in this order (an interface contract: tests outside this repo rely on it). */
export const recordTypes = [
  '支部党员大会', '支部委员会', '党小组会', '党课', '主题党日', '集中学习', '组织生活会', '民主评议党员', '谈心谈话', '党内表彰', '党费公示', '其他',
] as const;
export type RecordType = (typeof recordTypes)[number];
