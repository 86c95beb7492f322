/** HLJ-AI-07: the model voucher (「模型券」, spec §4.4, §5.2; Revision 1 on the 上浮). */
import { L } from "../../../engine/labels";
import { rateUnderRaisedRoom } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate, receivedToDate } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

type ModelVoucherConstants = {
  /** 「单个采购主体年度补贴最高不超过100万元」, before any 上浮. */
  annualCap: number;
};

const constants: ModelVoucherConstants = { annualCap: 1_000_000 };

/** min(purchase × rate, max(0, annualCap × (1 + uplift) − received)): Revision 1, the 上浮 raises the cap only. */
const modelVoucher = rateUnderRaisedRoom({
  base: { param: "purchase_amount", label: { en: "Model purchases", zh: "大模型采购金额" } },
  rateParam: "rate",
  capKey: "annualCap",
  upliftParam: "uplift",
  upliftLabel: { en: "Annual cap × (1 + uplift)", zh: "年度上限 ×（1＋上浮比例）" },
  room: { label: L.annualRoom },
});

export const HLJAI_MODEL_VOUCHER = clauseFunction({
  name: "HLJAI_MODEL_VOUCHER",
  params: [
    amount(
      "purchase_amount",
      { en: "Model purchase amount", zh: "大模型采购金额" },
      { role: { kind: "base" } }
    ),
    rate("rate", { en: "Subsidy rate", zh: "补贴比例" }),
    receivedToDate({ en: "Received this year", zh: "本年度已获模型券" }, "annual"),
    rate("uplift", { en: "Uplift", zh: "上浮比例" }, { default: 0 }),
  ],
  constants,
  shape: modelVoucher,
});

export const clause = quantitativeClause({
  id: "HLJ-AI-07",
  document: "HLJ-AI",
  numberAsWritten: "二、7",
  category: "model",
  type: "Q-R",
  quotes: [
    "对符合条件的采购主体，经评审按照一定比例给予“模型券”补贴，单个采购主体年度补贴最高不超过100万元，对于在关键领域应用规模较大的项目，可按照一定比例上浮。",
  ],
  summary: (c) => ({
    en: `Purchasers of vertical large models get model vouchers at an unspecified rate set by review, up to ${grouped(c.annualCap)} yuan per purchaser per year. Large key-field projects may be floated up by an unspecified proportion.`,
    zh: `采购垂直大模型的符合条件的采购主体，经评审按一定比例（未规定）给予“模型券”补贴，单个采购主体年度最高${wan(c.annualCap)}；关键领域应用规模较大的项目可按一定比例上浮。`,
  }),
  departments: "省发展改革委、省财政厅",
  fn: HLJAI_MODEL_VOUCHER,
  oneTime: { kind: "annual" },
});
