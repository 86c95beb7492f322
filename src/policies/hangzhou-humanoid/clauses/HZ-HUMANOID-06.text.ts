/** HZ-HUMANOID-06's prose: the rate and the cap (and the investment that reaches it) read from the constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HZ_SCENARIO_AWARD } from "./HZ-HUMANOID-06";

export const text = clauseText<typeof HZ_SCENARIO_AWARD>("HZ_SCENARIO_AWARD", (c) => ({
  description: {
    en: `Hangzhou humanoid-robot demonstration scenario award (HZ-HUMANOID-06): ${percent(c.rate)} of actual investment, up to ${grouped(c.cap)} yuan per scenario.`,
    zh: `杭州人形机器人示范应用场景奖励（HZ-HUMANOID-06）：按实际投入的${percent(c.rate)}，单个场景最高${wan(c.cap)}。`,
  },
  formula: {
    en: `min(${percent(c.rate)} × actual investment, ${grouped(c.cap)}); the cap is reached at ${grouped(c.cap / c.rate)} of investment.`,
    zh: `min(实际投入×${percent(c.rate)}, ${wan(c.cap)})；实际投入达${wan(c.cap / c.rate)}时封顶。`,
  },
  // The investment at which the cap binds, which the formula states.
  derivedAmounts: [c.cap / c.rate],
  params: {
    actual_investment: {
      en: "Actual investment (实际投入) in one selected demonstration application scenario, in yuan.",
      zh: "单个入选示范应用场景的实际投入，元。",
    },
  },
  ambiguities: [
    {
      issue: {
        en: "Being one of the 5 scenarios selected each year.",
        zh: "须为每年评选的5个示范应用场景之一。",
      },
      chosen: {
        en: "Qualitative: assumed (the function computes the award once selected).",
        zh: "定性条件：假定已入选（函数计算入选后的奖励）。",
      },
    },
  ],
  // Expected values from the policy text, never from the code: 「按实际投入的50%、予以最高200万元」.
  examples: [
    { args: [1_500_000], expect: 750_000, arithmetic: "1,500,000 × 0.50 = 750,000" },
    {
      args: [6_000_000],
      expect: 2_000_000,
      arithmetic: "6,000,000 × 0.50 = 3,000,000 → cap 2,000,000",
      note: "cap",
    },
    { args: [0], expect: 0, arithmetic: "0 × 0.50 = 0" },
  ],
}));

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-06",
  context: ["支持将优质人形机器人产品列入政府采购目录"],
  because: "对单个示范应用场景按实际投入的50%、予以最高200万元的奖励",
};
