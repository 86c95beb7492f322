/**
 * Step labels shared by several shapes, by clause records' own stages, or by the engine's last stages
 * (bilingual: the steps feed the pane and EXPLAIN in either language). A label only one shape uses lives in
 * that shape's file (src/engine/shapes/). No label carries a policy number.
 */
import type { Text } from "../catalog/types";

export const L = {
  // The engine's own stages (evaluate.ts).
  award: { en: "Award", zh: "补助金额" },
  floor: { en: "Floor at 0", zh: "不低于0" },
  rounded: { en: "Rounded to the fen", zh: "四舍五入到分" },
  // Caps and rooms.
  perProjectCap: { en: "Per-project cap", zh: "单个项目上限" },
  perAwardCap: { en: "Cap", zh: "最高金额" },
  categoryCap: { en: "Cap for this category", zh: "该类别上限" },
  capOverride: { en: "Cap (as entered)", zh: "上限（按输入）" },
  annualRoom: { en: "Annual cap (room left this year)", zh: "年度上限（本年剩余额度）" },
  cumulativeRoom: { en: "Cumulative cap (room left)", zh: "累计上限（剩余额度）" },
  // Bases, rates, thresholds.
  requested: { en: "Amount requested", zh: "申请金额" },
  rateApplied: { en: "Rate applied", zh: "按比例计算" },
  threshold: { en: "Threshold", zh: "门槛" },
  // Fixed awards and counts.
  fixedAward: { en: "Fixed award", zh: "定额资助" },
  notCovered: { en: "Category not covered by the clause", zh: "不属于本条支持范围" },
  itemCount: { en: "Number of items", zh: "数量" },
  timesCount: { en: "Amount × number of items", zh: "金额 × 数量" },
  // A 「X-Y」 band (range-band.ts), also the award curve's marks (curve/marks.ts).
  bandFloor: { en: "Lower end of the funding band", zh: "资金支持区间下限" },
  bandCap: { en: "Upper end of the funding band", zh: "资金支持区间上限" },
} satisfies Record<string, Text>;
