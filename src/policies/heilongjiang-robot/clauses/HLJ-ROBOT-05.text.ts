/** HLJ-ROBOT-05's prose: rate and 「原则上」 cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { inPrincipleCapAmbiguity, inPrincipleCapHelp } from "../../builders/heilongjiang.text";
import type { HLJ_INDUSTRIALIZATION_GRANT } from "./HLJ-ROBOT-05";

export const text = clauseText<typeof HLJ_INDUSTRIALIZATION_GRANT>(
  "HLJ_INDUSTRIALIZATION_GRANT",
  (c) => ({
    // The investment at which the default cap binds: cap ÷ rate.
    derivedAmounts: [c.cap / c.rate],
    description: {
      en: `Heilongjiang robot industrialization grant (HLJ-ROBOT-05): ${percent(c.rate)} of the project's approved total investment, in principle at most ${grouped(c.cap)} yuan per project.`,
      zh: `黑龙江智能机器人成果产业化资金（HLJ-ROBOT-05）：按项目核定总投资的${percent(c.rate)}安排资金，原则上单个项目不超过${wan(c.cap)}。`,
    },
    formula: {
      en: `min(${percent(c.rate)} × approved total investment, cap), cap ${grouped(c.cap)} unless an approved exception is entered; reached at ${grouped(c.cap / c.rate)} of investment.`,
      zh: `min(项目核定总投资×${percent(c.rate)}, 上限)，上限默认${wan(c.cap)}（可填写获批例外）；核定总投资达${wan(c.cap / c.rate)}时封顶。`,
    },
    params: {
      approved_total_investment: {
        en: "Approved total investment of the project (项目核定总投资), in yuan.",
        zh: "项目核定总投资，元。",
      },
      cap: inPrincipleCapHelp(c.cap),
    },
    ambiguities: [inPrincipleCapAmbiguity(c.cap)],
    // Expected values from 「按照项目核定总投资的20%安排资金，原则上单个项目支持金额不超过5000万元」.
    examples: [
      { args: [80_000_000], expect: 16_000_000, arithmetic: "80,000,000 × 0.20" },
      {
        args: [400_000_000],
        expect: 50_000_000,
        arithmetic: "80,000,000 → cap 50,000,000",
        note: "cap",
      },
      {
        args: [400_000_000, 80_000_000],
        expect: 80_000_000,
        arithmetic: "80,000,000 ≤ cap 80,000,000",
        note: "exception",
      },
      { args: [0], expect: 0, arithmetic: "–" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-05",
  because: "原则上单个项目支持金额不超过5000万元",
};
