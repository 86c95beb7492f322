/** HLJ-AI-06c's prose: the shared data-voucher text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { dataVoucherText } from "../../builders/heilongjiang.text";
import type { HLJAI_DATA_VOUCHER } from "./HLJ-AI-06c";

export const text = clauseText<typeof HLJAI_DATA_VOUCHER>("HLJAI_DATA_VOUCHER", (c) =>
  dataVoucherText(c, {
    description: {
      en: `Heilongjiang AI data voucher (HLJ-AI-06c): ${percent(c.rate)} of the purchaser's annual data-product transactions, up to ${grouped(c.cap)} yuan per purchaser per year (shared with HLJ-ROBOT-13b).`,
      zh: `黑龙江人工智能“数据券”补贴（HLJ-AI-06c）：按年度数据交易金额的${percent(c.rate)}给予采购主体补贴，单个采购主体年度最高${wan(c.cap)}（与HLJ-ROBOT-13b共用）。`,
    },
    id: "HLJ-AI-06c",
    sharedWith: "HLJ-ROBOT-13b",
    // Expected values from 「按照年度数据交易金额的10%…年度补贴最高不超过100万元」.
    examples: [
      { args: [4_000_000], expect: 400_000, arithmetic: "× 0.10" },
      { args: [12_000_000], expect: 1_000_000, arithmetic: "1,200,000 → cap", note: "cap" },
      {
        args: [9_000_000, 500_000],
        expect: 500_000,
        arithmetic: "min(900,000, 1,000,000 − 500,000)",
        note: "partly used cap",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-06c",
  because: "单个采购主体年度补贴最高不超过100万元",
};
