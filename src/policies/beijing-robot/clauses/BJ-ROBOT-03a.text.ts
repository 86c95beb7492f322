/** BJ-ROBOT-03a's prose: rate and cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rateAtMostHelp } from "../../builders/rate-at-most.text";
import { constructionInvestmentFormula } from "../construction-investment.text";
import type { BJ_PUBLIC_PLATFORM_SUBSIDY } from "./BJ-ROBOT-03a";

export const text = clauseText<typeof BJ_PUBLIC_PLATFORM_SUBSIDY>(
  "BJ_PUBLIC_PLATFORM_SUBSIDY",
  (c) => ({
    description: {
      en: `Beijing subsidy for builders of public innovation-verification platforms (pilot-verification platforms, shared machining centers) (BJ-ROBOT-03a): at most ${percent(c.rate)} of construction-project investment, up to ${grouped(c.cap)} yuan.`,
      zh: `北京机器人产业创新验证公共平台建设补贴（中试验证平台、共享加工中心等）（BJ-ROBOT-03a）：不超过建设项目投资的${percent(c.rate)}，最高${wan(c.cap)}。`,
    },
    formula: constructionInvestmentFormula(c),
    params: {
      project_investment: {
        en: "Investment in the platform construction project (建设项目投资), in yuan.",
        zh: "平台建设项目投资，元。",
      },
      rate: rateAtMostHelp(
        { en: "Subsidy rate", zh: "补贴比例" },
        "「不超过建设项目投资的 30%」",
        c.rate
      ),
    },
    // Expected values from the policy text, never from the code: 「不超过建设项目投资的 30%…最高 3000 万元」.
    examples: [
      { args: [40_000_000], expect: 12_000_000, arithmetic: "40,000,000 × 0.30 = 12,000,000" },
      {
        args: [200_000_000],
        expect: 30_000_000,
        arithmetic: "200,000,000 × 0.30 = 60,000,000 → cap 30,000,000",
        note: "cap",
      },
      { args: [40_000_000, 0.2], expect: 8_000_000, arithmetic: "40,000,000 × 0.20 = 8,000,000" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-03a",
  context: ["各产业集聚区对创新验证公共平台予以支持。"],
  because: "对公共平台建设单位，按照不超过建设项目投资的 30%予以补贴",
};
