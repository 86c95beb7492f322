/** BJ-ROBOT-09's prose: the per-unit and annual caps read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { BJ_FIRST_TRIAL_AWARD } from "./BJ-ROBOT-09";

export const text = clauseText<typeof BJ_FIRST_TRIAL_AWARD>("BJ_FIRST_TRIAL_AWARD", (c) => ({
  description: {
    en: `Beijing award for innovative products first trialled in Beijing–Tianjin–Hebei without fiscal funding (BJ-ROBOT-09): up to ${grouped(c.perUnitCap)} yuan per product (unit/set), up to ${grouped(c.annualCap)} yuan per enterprise per year.`,
    zh: `北京创新产品首试首用奖励（BJ-ROBOT-09）：研制过程中未获财政资金支持、在京津冀地区首次试用的创新产品，单台（套）最高${wan(c.perUnitCap)}，每家企业年度最高${wan(c.annualCap)}。`,
  },
  formula: {
    en: `S = Σ min(requested per product, ${grouped(c.perUnitCap)}); award = min(S, max(0, ${grouped(c.annualCap)} − received this year)).`,
    zh: `S = Σ min(每个产品申请金额, ${wan(c.perUnitCap)})；奖励 = min(S, max(0, ${wan(c.annualCap)} − 本年已获))。`,
  },
  params: {
    requested_amounts: {
      en: "One cell per innovative product first trialled in BTH without fiscal funding: the award requested or expected for it, in yuan (the text gives no rate). Blank cells are skipped.",
      zh: "每个单元格对应一个未获财政资金支持、在京津冀首次试用的创新产品：该产品申请或预计获得的奖励金额，元（原文未规定比例）。空白单元格忽略。",
    },
    received_to_date: {
      en: `Already received under this clause this year, in yuan; default 0. Annual cap ${grouped(c.annualCap)} per enterprise.`,
      zh: `本年度本条已获奖励，元，默认0。每家企业年度最高${wan(c.annualCap)}。`,
    },
  },
  ambiguities: [
    {
      issue: { en: "「单台（套）产品最高」", zh: "「单台（套）产品最高」" },
      chosen: { en: "Per product (the first trial).", zh: "按产品计（每项首试首用）。" },
      alternative: { en: "Per unit delivered.", zh: "按实际交付的每台（套）计。" },
    },
    {
      issue: { en: "No base is given.", zh: "原文未规定计算基数。" },
      chosen: { en: "The inputs are requested amounts.", zh: "输入值为各产品的申请金额。" },
    },
    {
      issue: {
        en: "No prior fiscal funding (「未获得财政资金支持」).",
        zh: "研制过程中未获财政资金支持（「未获得财政资金支持」）。",
      },
      chosen: { en: "Qualitative: assumed.", zh: "定性条件，视为已满足。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「单台（套）产品最高 50 万元，每家企业年度奖励最高 200 万元」.
  examples: [
    { args: [[[300_000]]], expect: 300_000, arithmetic: "300,000 below the 500,000 per-unit cap" },
    {
      args: [[[600_000], [500_000], [450_000], [700_000]]],
      expect: 1_950_000,
      arithmetic: "500,000 + 500,000 + 450,000 + 500,000 = 1,950,000",
      note: "per-unit caps",
    },
    {
      args: [[[600_000], [600_000], [600_000], [600_000], [600_000]]],
      expect: 2_000_000,
      arithmetic: "5 × 500,000 = 2,500,000 → cap 2,000,000",
      note: "annual cap",
    },
    {
      args: [[[400_000], [300_000]], 1_800_000],
      expect: 200_000,
      arithmetic: "700,000 vs room 2,000,000 − 1,800,000 = 200,000",
      note: "partly used cap",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-09",
  because: "每家企业年度奖励最高 200 万元",
};
