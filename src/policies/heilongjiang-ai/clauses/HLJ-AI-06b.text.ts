/** HLJ-AI-06b's prose: every amount and rate read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HLJAI_NATIONAL_DATASET_SUBSIDY } from "./HLJ-AI-06b";

export const text = clauseText<typeof HLJAI_NATIONAL_DATASET_SUBSIDY>(
  "HLJAI_NATIONAL_DATASET_SUBSIDY",
  (c) => {
    // The investment at which the rate reaches the cap: derived, so it follows both constants.
    const reachesCap = c.cap / c.rate;
    return {
      derivedAmounts: [reachesCap],
      description: {
        en: `Heilongjiang subsidy for approved national industry high-quality dataset projects (HLJ-AI-06b): ${percent(c.rate)} of approved total investment, up to ${grouped(c.cap)} yuan per project.`,
        zh: `黑龙江国家行业高质量数据集项目补助（HLJ-AI-06b）：获得批复的项目按核定总投资的${percent(c.rate)}给予补助，单个项目最高${wan(c.cap)}。`,
      },
      formula: {
        en: `min(${percent(c.rate)} × approved total investment, ${grouped(c.cap)}); the cap is reached at ${grouped(reachesCap)} of investment.`,
        zh: `min(核定总投资×${percent(c.rate)}, ${wan(c.cap)})；核定总投资达${wan(reachesCap)}时封顶。`,
      },
      params: {
        approved_total_investment: {
          en: "Approved total investment (核定总投资) of the state-approved national industry high-quality-dataset project, in yuan.",
          zh: "获得批复的国家行业高质量数据集项目的核定总投资，元。",
        },
      },
      // Expected values from the policy text, never from the code: 「核定总投资的10%…最高不超过1000万元」.
      examples: [
        { args: [30_000_000], expect: 3_000_000, arithmetic: "× 0.10" },
        { args: [150_000_000], expect: 10_000_000, arithmetic: "15,000,000 → cap", note: "cap" },
        { args: [0], expect: 0, arithmetic: "–" },
      ],
    };
  }
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-06b",
  because: "单个项目支持金额最高不超过1000万元",
};
