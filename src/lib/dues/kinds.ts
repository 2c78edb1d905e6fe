// The 党费类别 and deduction names as plain lists with no dependencies, for the stored-data schema.
// rules.json holds what each means (rates, amounts, sources); a unit test keeps the two in step.
export const ratedCategories = ['在职', '离退休', '年薪制', '个体经营'] as const;
export const fixedCategories = ['学生', '下岗失业', '依靠抚恤或救济', '领取最低生活保障金'] as const;
export const categories = [...ratedCategories, ...fixedCategories, '农民'] as const;
export type Category = (typeof categories)[number];
export type RatedCategory = (typeof ratedCategories)[number];

/** Deductions the local rule may take off besides 个人所得税. */
export const optionalDeductions = ['养老保险', '医疗保险', '失业保险', '住房公积金', '职业年金'] as const;
