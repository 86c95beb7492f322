/** HLJ-AI-04's prose: the shared pilot-platform text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { pilotPlatformGrantText } from "../../builders/heilongjiang.text";
import type { HLJAI_PILOT_PLATFORM_GRANT } from "./HLJ-AI-04";

export const text = clauseText<typeof HLJAI_PILOT_PLATFORM_GRANT>(
  "HLJAI_PILOT_PLATFORM_GRANT",
  (c) =>
    pilotPlatformGrantText(c, {
      description: {
        en: `Heilongjiang AI concept-verification / pilot platform grant (HLJ-AI-04): up to ${percent(c.rate)} of total investment as graded by the performance evaluation, up to ${grouped(c.cap)} yuan (no 「新建」 condition).`,
        zh: `黑龙江人工智能概念验证中心、中试熟化平台资助（HLJ-AI-04）：根据绩效评价结果按总投资额的${percent(c.rate)}（最高比例）给予资助，最高${wan(c.cap)}（不限新建）。`,
      },
      totalInvestment: {
        en: "Total investment (总投资额) in the AI concept-verification center or pilot-scale maturation platform, in yuan.",
        zh: "人工智能领域概念验证中心或中试熟化平台的总投资额，元。",
      },
      moreAmbiguities: [
        {
          issue: {
            en: "Unlike HLJ-ROBOT-04, no 「新建」 (newly built) requirement.",
            zh: "与HLJ-ROBOT-04不同，未要求「新建」。",
          },
          chosen: { en: "Existing platforms qualify too.", zh: "已有平台同样适用。" },
        },
      ],
      // Expected values from 「按总投资额的30%最高给予1000万元资助」, graded (Revision 2).
      examples: [
        { args: [15_000_000], expect: 4_500_000, arithmetic: "× 0.30" },
        { args: [50_000_000], expect: 10_000_000, arithmetic: "15,000,000 → cap", note: "cap" },
        { args: [0], expect: 0, arithmetic: "–" },
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
  id: "HLJ-AI-04",
  because: "按总投资额的30%最高给予1000万元资助",
};
