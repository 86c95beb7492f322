/** The formula of the twin clauses BJ-ROBOT-03a and 06a (construction-investment.ts), worded from their constants. */
import type { Text } from "../../catalog/types";
import { grouped, wan } from "../../format/money";
import { percent } from "../../format/percent";
import type { ConstructionInvestmentConstants } from "./construction-investment";

/** min(construction-project investment × rate, cap). */
export const constructionInvestmentFormula = (c: ConstructionInvestmentConstants): Text => ({
  en: `min(project investment × rate (≤ ${percent(c.rate)}), ${grouped(c.cap)}).`,
  zh: `min(建设项目投资 × 比例（≤${percent(c.rate)}）, ${wan(c.cap)})。`,
});
