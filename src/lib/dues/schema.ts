// The stored shape of the branch's dues (valibot), apart from the rules so that the branch book's
// schema (loaded by /records/ and the 登记表's evidence too) does not carry the rules with it.
import * as v from 'valibot';
import { optionalDate } from '../storage/checks';
import { memberId } from '../records/members';
import { maxFen } from './limits';
import { categories, optionalDeductions } from './kinds';

const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份无效'));
const fen = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(maxFen));

/** From `from` on, the member is in `category` with this base (or, for 农民, this amount). */
export const baseChange = v.object({ from: month, category: v.picklist(categories), fen });
export type BaseChange = v.InferOutput<typeof baseChange>;

/** 已交 with what was actually paid (when it differs from what was due) and when. */
export const payment = v.object({ paid: v.boolean(), fen: v.optional(fen), date: v.optional(optionalDate) });
export type Payment = v.InferOutput<typeof payment>;

export const memberDues = v.object({
  history: v.pipe(v.array(baseChange), v.maxLength(240)),
  /** The month the 支部大会 admitted the member as 预备党员: dues start then. */
  probationFrom: v.optional(month),
  payments: v.record(month, payment),
});
export type MemberDues = v.InferOutput<typeof memberDues>;

export const branchDues = v.object({
  /** Deductions besides 个人所得税 that the local rule takes off gross pay to give the base. */
  deductions: v.array(v.picklist(optionalDeductions)),
  /** By member id (the shared member list's ids). */
  members: v.record(memberId, memberDues),
});
export type BranchDues = v.InferOutput<typeof branchDues>;
