/** HLJ-ROBOT-13b's prose: the shared data-voucher text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { dataVoucherText } from "../../builders/heilongjiang.text";
import type { HLJ_DATA_VOUCHER } from "./HLJ-ROBOT-13b";

export const text = clauseText<typeof HLJ_DATA_VOUCHER>("HLJ_DATA_VOUCHER", (c) =>
  dataVoucherText(c, {
    description: {
      en: `Heilongjiang data voucher (HLJ-ROBOT-13b): ${percent(c.rate)} of the purchaser's annual data-product transactions, up to ${grouped(c.cap)} yuan per purchaser per year (shared with HLJ-AI-06c).`,
      zh: `黑龙江“数据券”补贴（HLJ-ROBOT-13b）：按年度数据交易金额的${percent(c.rate)}给予采购主体补贴，单个采购主体年度最高${wan(c.cap)}（与HLJ-AI-06c共用）。`,
    },
    id: "HLJ-ROBOT-13b",
    sharedWith: "HLJ-AI-06c",
    // Expected values from 「按照年度数据交易金额的10%…年度补贴最高不超过100万元」.
    examples: [
      { args: [2_500_000], expect: 250_000, arithmetic: "2,500,000 × 0.10" },
      { args: [18_000_000], expect: 1_000_000, arithmetic: "1,800,000 → cap", note: "cap" },
      {
        args: [6_000_000, 800_000],
        expect: 200_000,
        arithmetic: "min(600,000, 1,000,000 − 800,000)",
        note: "partly used cap",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-13b",
  because: "单个采购主体年度补贴最高不超过100万元",
};
