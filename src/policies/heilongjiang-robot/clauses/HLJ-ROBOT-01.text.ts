/** HLJ-ROBOT-01's prose: the shared R&D post-subsidy text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rdPostSubsidyText } from "../../builders/heilongjiang.text";
import type { HLJ_RD_SUBSIDY } from "./HLJ-ROBOT-01";

export const text = clauseText<typeof HLJ_RD_SUBSIDY>("HLJ_RD_SUBSIDY", (c) =>
  rdPostSubsidyText(c, {
    description: {
      en: `Heilongjiang robot R&D subsidy (HLJ-ROBOT-01): base R&D post-subsidy ratios raised by ${percent(c.uplift - 1)}, if last year's R&D ≥ ${grouped(c.threshold)}; cumulative cap ${grouped(c.cumulativeCap)} yuan.`,
      zh: `黑龙江智能机器人研发补助（HLJ-ROBOT-01）：上年度研发投入${wan(c.threshold)}以上，按基础比例上浮${percent(c.uplift - 1)}补助，累计最高${wan(c.cumulativeCap)}。`,
    },
    exampleRatios: { stock: "0.02", increment: "0.10" },
    receivedToDate: {
      en: "Already received under this clause (and HLJ-AI-03) during the policy term, in yuan; default 0.",
      zh: "政策期内本条（及HLJ-AI-03）已获补助，元，默认0。",
    },
    capScope: {
      en: "Only receipts under this clause and HLJ-AI-03.",
      zh: "仅计本条及HLJ-AI-03项下已获补助。",
    },
    // Illustrative base ratios (not official): stock 2%, increment 10%.
    examples: [
      {
        args: [8_000_000, 6_000_000, 0.02, 0.1],
        expect: 480_000,
        arithmetic:
          "stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000; (120,000 + 200,000) × 1.5 = 480,000",
      },
      {
        args: [400_000_000, 300_000_000, 0.02, 0.1, 13_000_000],
        expect: 2_000_000,
        arithmetic:
          "300,000,000 × 0.02 = 6,000,000; 100,000,000 × 0.10 = 10,000,000; 16,000,000 × 1.5 = 24,000,000; room 15,000,000 − 13,000,000 = 2,000,000",
        note: "cap",
      },
      {
        args: [480_000, 300_000, 0.02, 0.1],
        expect: 0,
        arithmetic: "480,000 < 500,000",
        note: "below threshold",
      },
      {
        args: [3_000_000, 4_000_000, 0.02, 0.1],
        expect: 90_000,
        arithmetic:
          "stock min(3,000,000, 4,000,000) × 0.02 = 60,000; increment 0; 60,000 × 1.5 = 90,000",
        note: "R&D fell",
      },
      {
        args: [8_000_000, 6_000_000, 0.02, 0.1, undefined, "TOTAL"],
        expect: 540_000,
        arithmetic:
          "8,000,000 × 0.02 = 160,000; 2,000,000 × 0.10 = 200,000; 360,000 × 1.5 = 540,000",
        note: "TOTAL basis",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-01",
  because: "按照企业上年度研发投入存量和增量部分",
};
