/**
 * The twin clauses BJ-ROBOT-03a and 06a: 「按照不超过建设项目投资的 r 予以补贴/奖励，最高 X」, the one compute
 * both records use (their prose: construction-investment.text.ts).
 */
import { rateCapped } from "../../engine/shapes";

/** The constants of a twin: the rate the text bounds (「不超过…r」) and the cap (「最高 X」). */
export interface ConstructionInvestmentConstants extends Record<string, unknown> {
  rate: number;
  cap: number;
}

/** min(construction-project investment × rate, cap); the rate argument defaults to the text's. */
export const constructionInvestmentCapped = rateCapped(
  {
    param: "project_investment",
    label: { en: "Construction-project investment", zh: "建设项目投资" },
  },
  "rate"
);
