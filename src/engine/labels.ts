/** Step labels shared by many clauses (bilingual: the steps feed the pane and EXPLAIN in either language). */
import type { Text } from "../catalog/types";

export const L = {
  award: { en: "Award", zh: "补助金额" },
  perProjectCap: { en: "Per-project cap", zh: "单个项目上限" },
  perAwardCap: { en: "Cap", zh: "最高金额" },
  perUnitCap: { en: "Per-unit cap", zh: "单台（套）上限" },
  annualRoom: { en: "Annual cap (room left this year)", zh: "年度上限（本年剩余额度）" },
  cumulativeRoom: { en: "Cumulative cap (room left)", zh: "累计上限（剩余额度）" },
  requested: { en: "Amount requested", zh: "申请金额" },
  rateApplied: { en: "Rate applied", zh: "按比例计算" },
  sumOfItems: { en: "Sum over items", zh: "各项合计" },
  paidBefore: { en: "Less amounts paid in earlier phases", zh: "扣除此前已拨付" },
  floor: { en: "Floor at 0", zh: "不低于0" },
  rounded: { en: "Rounded to the fen", zh: "四舍五入到分" },
  fixedAward: { en: "Fixed award", zh: "定额资助" },
  notCovered: { en: "Category not covered by the clause", zh: "不属于本条支持范围" },
  // Added with the HLJ-ROBOT / HLJ-AI shapes (formulas.ts); generic, reusable by any clause.
  threshold: { en: "Threshold", zh: "门槛" },
  itemCount: { en: "Number of items", zh: "数量" },
  timesCount: { en: "Amount × number of items", zh: "金额 × 数量" },
  categoryCap: { en: "Cap for this category", zh: "该类别上限" },
  capOverride: { en: "Cap (as entered)", zh: "上限（按输入）" },
  bandFloor: { en: "Lower end of the funding band", zh: "资金支持区间下限" },
  bandCap: { en: "Upper end of the funding band", zh: "资金支持区间上限" },
  highestTier: { en: "Highest tier newly crossed", zh: "新跨越的最高档" },
  sumOfTiers: { en: "Sum of the tiers newly crossed", zh: "新跨越各档合计" },
  noTierCrossed: { en: "No tier newly crossed", zh: "未新跨越任何档次" },
  // Added with the HZ-HUMANOID / SD-ROBOT / BJ-ROBOT shapes (formulas.ts).
  costPaid: {
    en: "Cost actually paid (the subsidy cannot exceed it)",
    zh: "实际支付费用（补助不超过该金额）",
  },
  timesYears: { en: "× years subsidised", zh: "× 补贴年数" },
} satisfies Record<string, Text>;
