/** BJ-ROBOT-06a's prose: rate and cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rateAtMostHelp } from "../../builders/rate-at-most.text";
import { constructionInvestmentFormula } from "../construction-investment.text";
import type { BJ_BENCHMARK_FACTORY_AWARD } from "./BJ-ROBOT-06a";

export const text = clauseText<typeof BJ_BENCHMARK_FACTORY_AWARD>(
  "BJ_BENCHMARK_FACTORY_AWARD",
  (c) => ({
    description: {
      en: `Beijing award for a 「机器人生产机器人」 benchmark factory with unmanned, intelligent production end to end (BJ-ROBOT-06a): at most ${percent(c.rate)} of construction-project investment, up to ${grouped(c.cap)} yuan.`,
      zh: `北京“机器人生产机器人”标杆工厂奖励（实现机器人生产全流程无人化、智能化）（BJ-ROBOT-06a）：不超过建设项目投资的${percent(c.rate)}，最高${wan(c.cap)}。`,
    },
    formula: constructionInvestmentFormula(c),
    params: {
      project_investment: {
        en: "Investment in the benchmark-factory construction project (建设项目投资), in yuan.",
        zh: "标杆工厂建设项目投资，元。",
      },
      rate: rateAtMostHelp(
        { en: "Award rate", zh: "奖励比例" },
        "「不超过建设项目投资的 30%」",
        c.rate
      ),
    },
    // Expected values from the policy text, never from the code: 「不超过建设项目投资的 30%…最高 3000 万元」.
    examples: [
      { args: [80_000_000], expect: 24_000_000, arithmetic: "80,000,000 × 0.30 = 24,000,000" },
      {
        args: [150_000_000],
        expect: 30_000_000,
        arithmetic: "150,000,000 × 0.30 = 45,000,000 → cap 30,000,000",
        note: "cap",
      },
      {
        args: [80_000_000, 0.35],
        expect: "#NUM!",
        arithmetic: "0.35 is above the 0.30 maximum",
        note: "bad input",
      },
      { args: [0], expect: 0, arithmetic: "0 × 0.30 = 0" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-06a",
  context: ["各产业集聚区出台区级机器人产业配套政策"],
  because: "按照不超过建设项目投资的 30%予以奖励，最高 3000 万元",
};
