/** HLJ-AI-03's prose: the shared R&D post-subsidy text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rdPostSubsidyText } from "../../builders/heilongjiang.text";
import type { HLJAI_RD_SUBSIDY } from "./HLJ-AI-03";

export const text = clauseText<typeof HLJAI_RD_SUBSIDY>("HLJAI_RD_SUBSIDY", (c) =>
  rdPostSubsidyText(c, {
    description: {
      en: `Heilongjiang AI R&D subsidy (HLJ-AI-03): base R&D post-subsidy ratios raised by ${percent(c.uplift - 1)}, if last year's R&D ≥ ${grouped(c.threshold)}; cumulative cap ${grouped(c.cumulativeCap)} yuan (shared with HLJ-ROBOT-01).`,
      zh: `黑龙江人工智能企业研发补助（HLJ-AI-03）：上年度研发投入${wan(c.threshold)}以上，按基础比例上浮${percent(c.uplift - 1)}补助，累计最高${wan(c.cumulativeCap)}（与HLJ-ROBOT-01共用）。`,
    },
    exampleRatios: { stock: "0.03", increment: "0.15" },
    receivedToDate: {
      en: "Already received under this clause and HLJ-ROBOT-01 (the same subsidy under 「从高不重复」) during the policy term, in yuan; default 0.",
      zh: "政策期内本条及HLJ-ROBOT-01（按“从高不重复”属同一补助）已获补助，元，默认0。",
    },
    capScope: {
      en: "Only receipts under this clause and HLJ-ROBOT-01 (the same subsidy under 「从高不重复」, §7).",
      zh: "仅计本条及HLJ-ROBOT-01项下已获补助（按「从高不重复」属同一补助，§7）。",
    },
    // Illustrative base ratios (not official): stock 3%, increment 15%.
    examples: [
      {
        args: [12_000_000, 9_000_000, 0.03, 0.15],
        expect: 1_080_000,
        arithmetic: "9,000,000 × 0.03 = 270,000; 3,000,000 × 0.15 = 450,000; 720,000 × 1.5",
      },
      {
        args: [250_000_000, 150_000_000, 0.03, 0.15, 12_000_000],
        expect: 3_000_000,
        arithmetic: "4,500,000 + 15,000,000 = 19,500,000; × 1.5 = 29,250,000; room left 3,000,000",
        note: "cap",
      },
      {
        args: [500_000, 0, 0.03, 0.15],
        expect: 112_500,
        arithmetic: "stock 0; increment 500,000 × 0.15 = 75,000; × 1.5",
        note: "at the threshold",
      },
      {
        args: [499_999.99, 0, 0.03, 0.15],
        expect: 0,
        arithmetic: "< 500,000",
        note: "below threshold",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-03",
  because: "按照企业上年度研发投入存量和增量部分",
};
