/** HLJ-AI-08's prose: every amount and rate read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HLJAI_SCENARIO_GRANT } from "./HLJ-AI-08";

export const text = clauseText<typeof HLJAI_SCENARIO_GRANT>("HLJAI_SCENARIO_GRANT", (c) => {
  // The investment at which the rate reaches the cap: derived, so it follows both constants.
  const reachesCap = c.cap / c.rate;
  return {
    derivedAmounts: [reachesCap],
    description: {
      en: `Heilongjiang AI benchmark demonstration scenario grant (HLJ-AI-08): ${percent(c.rate)} of approved total investment, up to ${grouped(c.cap)} yuan per scenario (10 selected each year).`,
      zh: `黑龙江人工智能标杆示范场景支持（HLJ-AI-08）：每年遴选10个，按项目核定总投资的${percent(c.rate)}给予支持，单个场景最高${wan(c.cap)}。`,
    },
    formula: {
      en: `min(${percent(c.rate)} × approved total investment, ${grouped(c.cap)}) per scenario; the cap is reached at ${grouped(reachesCap)} of investment.`,
      zh: `min(项目核定总投资×${percent(c.rate)}, ${wan(c.cap)})，按单个场景计；核定总投资达${wan(reachesCap)}时封顶。`,
    },
    params: {
      approved_total_investment: {
        en: "Approved total investment (项目核定总投资) of one selected benchmark demonstration scenario, in yuan.",
        zh: "单个入选标杆示范场景的项目核定总投资，元。",
      },
    },
    ambiguities: [
      {
        issue: {
          en: "Being one of the 10 scenarios selected each year.",
          zh: "是否入选每年遴选的10个场景。",
        },
        chosen: { en: "Qualitative: assumed.", zh: "属定性条件：视为已满足。" },
      },
    ],
    // Expected values from the policy text, never from the code: 「核定总投资的20%…最高不超过2000万元」.
    examples: [
      { args: [50_000_000], expect: 10_000_000, arithmetic: "× 0.20" },
      { args: [150_000_000], expect: 20_000_000, arithmetic: "30,000,000 → cap", note: "cap" },
      { args: [0], expect: 0, arithmetic: "–" },
    ],
  };
});

export const notes: ClauseNotes = {
  id: "HLJ-AI-08",
  because: "单个场景支持金额最高不超过2000万元",
};
