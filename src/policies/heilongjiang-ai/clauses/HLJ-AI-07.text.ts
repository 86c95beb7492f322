/** HLJ-AI-07's prose: the annual cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HLJAI_MODEL_VOUCHER } from "./HLJ-AI-07";

export const text = clauseText<typeof HLJAI_MODEL_VOUCHER>("HLJAI_MODEL_VOUCHER", (c) => ({
  description: {
    en: `Heilongjiang model voucher (HLJ-AI-07): purchases of (vertical) large models × the review-set rate, up to ${grouped(c.annualCap)} yuan per purchaser per year; the annual cap may be floated up for large key-field projects.`,
    zh: `黑龙江“模型券”补贴（HLJ-AI-07）：大模型采购金额×评审确定的比例，单个采购主体年度最高${wan(c.annualCap)}；关键领域应用规模较大的项目，年度上限可按一定比例上浮。`,
  },
  formula: {
    en: `min(purchase × rate, max(0, ${grouped(c.annualCap)} × (1 + uplift) − received_to_date)).`,
    zh: `min(采购金额×补贴比例, max(0, ${wan(c.annualCap)}×（1＋上浮比例）−本年已获))。`,
  },
  params: {
    purchase_amount: {
      en: "The purchaser's annual spending on (vertical) large-model products or services, in yuan.",
      zh: "采购主体本年度采购（垂直）大模型产品或服务的金额，元。",
    },
    rate: {
      en: "Subsidy rate set by review, e.g. 0.3 for 30%. The text says only 「一定比例」, so you supply it.",
      zh: "经评审确定的补贴比例，如0.3表示30%。原文仅称“一定比例”，须自行填写。",
    },
    received_to_date: {
      en: `Model vouchers already received this year, in yuan; default 0. Annual cap ${grouped(c.annualCap)} (× (1 + uplift)).`,
      zh: `本年度已获“模型券”补贴，元，默认0。年度上限${wan(c.annualCap)}（×（1＋上浮比例））。`,
    },
    uplift: {
      en: "Float-up for large key-field projects (「可按照一定比例上浮」), e.g. 0.2 for +20%; default 0. It raises the annual cap only (Revision 1): the rate is already the reviewed ratio, so raising the amount would count the review twice.",
      zh: "关键领域应用规模较大项目的上浮比例，如0.2表示上浮20%；默认0。仅提高年度上限（“一定比例”已由评审确定，再上浮补贴额会重复计算）。",
    },
  },
  ambiguities: [
    {
      issue: {
        en: "What 「可按照一定比例上浮」 raises.",
        zh: "「可按照一定比例上浮」上浮的对象。",
      },
      chosen: {
        en: "The annual cap only (Revision 1): rate is already the review-set ratio; the 上浮 sentence follows the cap and targets large projects, which are the ones that hit it. A higher reviewed ratio goes into rate.",
        zh: "仅上浮年度上限（Revision 1）：rate已是评审确定的比例；上浮一句紧接上限之后，针对的是规模较大、恰会触及上限的项目。评审确定的更高比例直接填入rate。",
      },
      alternative: {
        en: "Raise the amount and the cap; raise the rate only.",
        zh: "补贴额与上限同时上浮；或仅上浮比例。",
      },
    },
    {
      issue: {
        en: "The uplift is per 项目 while the cap is per 采购主体 per year.",
        zh: "上浮按项目确定，而上限按采购主体逐年计算。",
      },
      chosen: {
        en: "received_to_date cannot mix uplifted and plain projects.",
        zh: "received_to_date不支持上浮项目与普通项目混合计算。",
      },
    },
  ],
  // Expected values from the policy text, never from the code: 「年度补贴最高不超过100万元」; the rates are illustrative.
  examples: [
    { args: [2_000_000, 0.3], expect: 600_000, arithmetic: "2,000,000 × 0.30" },
    {
      args: [5_000_000, 0.3],
      expect: 1_000_000,
      arithmetic: "1,500,000 → cap 1,000,000",
      note: "cap",
    },
    {
      args: [5_000_000, 0.3, 0, 0.2],
      expect: 1_200_000,
      arithmetic: "min(1,500,000, 1,000,000 × 1.2)",
      note: "uplift",
    },
    {
      args: [2_000_000, 0.3, 0, 0.2],
      expect: 600_000,
      arithmetic: "min(600,000, 1,200,000)",
      note: "uplift, under the cap",
    },
    {
      args: [5_000_000, 0.3, 700_000, 0.2],
      expect: 500_000,
      arithmetic: "1,200,000 vs room 1,200,000 − 700,000 = 500,000",
      note: "uplifted cap partly used",
    },
    { args: [2_000_000, 0], expect: 0, arithmetic: "rate 0" },
  ],
}));

export const notes: ClauseNotes = {
  id: "HLJ-AI-07",
  context: ["鼓励企业自主研发大模型申请国家生成式人工智能大模型备案。"],
  because: "单个采购主体年度补贴最高不超过100万元",
};
