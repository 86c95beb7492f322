/** HLJ-ROBOT-04's prose: the shared pilot-platform text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { pilotPlatformGrantText } from "../../builders/heilongjiang.text";
import type { HLJ_PILOT_PLATFORM_GRANT } from "./HLJ-ROBOT-04";

export const text = clauseText<typeof HLJ_PILOT_PLATFORM_GRANT>("HLJ_PILOT_PLATFORM_GRANT", (c) =>
  pilotPlatformGrantText(c, {
    description: {
      en: `Heilongjiang robot concept-verification / pilot platform grant (HLJ-ROBOT-04): up to ${percent(c.rate)} of total investment in a newly built, recognised platform as graded by the performance evaluation, up to ${grouped(c.cap)} yuan.`,
      zh: `黑龙江智能机器人概念验证中心、中试熟化平台资助（HLJ-ROBOT-04）：经认定的新建平台，根据绩效评价结果按总投资额的${percent(c.rate)}（最高比例）给予资助，最高${wan(c.cap)}。`,
    },
    totalInvestment: {
      en: "Total investment (总投资额) in the newly built concept-verification center or pilot-scale maturation platform, in yuan.",
      zh: "新建概念验证中心或中试熟化平台的总投资额，元。",
    },
    // Expected values from 「按总投资额的30%最高给予1000万元资助」, graded (Revision 2).
    examples: [
      { args: [20_000_000], expect: 6_000_000, arithmetic: "20,000,000 × 0.30" },
      { args: [40_000_000], expect: 10_000_000, arithmetic: "12,000,000 → cap", note: "cap" },
      { args: [0], expect: 0, arithmetic: "0 × 0.30" },
      {
        args: [20_000_000, 0.2],
        expect: 4_000_000,
        arithmetic: "20,000,000 × 0.20 = 4,000,000 (graded rate)",
        note: "graded",
      },
      {
        args: [20_000_000, 0.31],
        expect: "#NUM!",
        arithmetic: "0.31 > 0.30, the policy maximum",
        note: "above the maximum rate",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-04",
  because: "按总投资额的30%最高给予1000万元资助",
};
