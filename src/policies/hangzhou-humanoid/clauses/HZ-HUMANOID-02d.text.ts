/** HZ-HUMANOID-02d's prose: the text gives no number, so nothing here is read from constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { clauseText } from "../../builders/clause";
import type { HZ_RD_SUBSIDY } from "./HZ-HUMANOID-02d";

export const text = clauseText<typeof HZ_RD_SUBSIDY>("HZ_RD_SUBSIDY", () => ({
  description: {
    en: "Hangzhou humanoid-robot R&D support (HZ-HUMANOID-02d): annual R&D total or increment × a rate you supply (the text states neither rate nor cap), optionally capped.",
    zh: "杭州人形机器人企业研发投入支持（HZ-HUMANOID-02d）：按年研发投入总量或增量×支持比例（政策未明确比例和上限，须自行填写），可选上限。",
  },
  formula: {
    en: "base = R&D this year (TOTAL) or max(0, R&D this year − R&D prior year) (INCREMENT); award = base × rate, at most cap when given.",
    zh: "基数 = 本年研发投入（总量）或 max(0, 本年 − 上年)（增量）；补助 = 基数×比例，如填写上限则不超过上限。",
  },
  params: {
    rd_current_year: {
      en: "The annual R&D investment assessed, in yuan.",
      zh: "被评估年度的研发投入，元。",
    },
    rate: {
      en: "Support rate, e.g. 0.05. Not stated in the measure (「按年研发投入总量或增量给予政策支持」): take it from Hangzhou's implementing rules.",
      zh: "支持比例，如0.05。本措施未明确（「按年研发投入总量或增量给予政策支持」），请按杭州市实施细则填写。",
    },
    basis: {
      en: 'Which base the rule applies: "TOTAL" (总量, the default, since the text names it first and it needs no prior-year figure) or "INCREMENT" (增量: this year minus the prior year, never below 0). The text says 「总量或增量」: one or the other, not both added.',
      zh: "计算基数：“TOTAL”（总量，默认：原文列于首位，且无需上年数据）或“INCREMENT”（增量：本年减上年，不低于0）。原文为「总量或增量」，二者择一，不相加。",
    },
    rd_prior_year: {
      en: 'The previous year\'s R&D investment, in yuan. Required when basis = "INCREMENT"; ignored under "TOTAL".',
      zh: "上一年度研发投入，元。basis为“INCREMENT”（增量）时必填；“TOTAL”（总量）时不使用。",
    },
    cap: {
      en: "Per-enterprise annual cap, in yuan, if the implementing rules set one. Omitted: no cap (the measure states none).",
      zh: "单个企业年度补助上限，元，如实施细则有规定请填写。不填则不设上限（本措施未规定上限）。",
    },
  },
  ambiguities: [
    {
      issue: { en: "No rate and no cap in the text (Q-R).", zh: "原文未规定比例和上限（Q-R）。" },
      chosen: {
        en: "rate is a required argument; cap optional.",
        zh: "rate（比例）为必填参数；cap（上限）可选。",
      },
    },
    {
      issue: { en: "「总量或增量」", zh: "「总量或增量」" },
      chosen: {
        en: "Either basis, whichever the implementing rule applies (basis, default TOTAL).",
        zh: "按实施细则采用的口径择一计算（basis，默认TOTAL）。",
      },
      alternative: {
        en: "The other basis: EXPLAIN and the calculator show both (INCREMENT needs rd_prior_year). Both bases added: not built in; call the function twice and add the results if the rules allow it.",
        zh: "另一口径：EXPLAIN和试算同时列示两种口径（INCREMENT须填rd_prior_year）。两种口径相加：未内置；如细则允许，可分别调用函数两次后相加。",
      },
      reading: "basis",
    },
    {
      issue: {
        en: "「政策支持」 might be partly non-cash.",
        zh: "「政策支持」可能部分为非现金形式。",
      },
      chosen: { en: "Modelled as a cash amount.", zh: "按现金金额建模。" },
    },
  ],
  // Expected values by hand: the rate and the cap are the example's own arguments (the text states none).
  examples: [
    { args: [10_000_000, 0.05], expect: 500_000, arithmetic: "10,000,000 × 0.05 = 500,000" },
    {
      args: [10_000_000, 0.1, "INCREMENT", 7_000_000],
      expect: 300_000,
      arithmetic: "(10,000,000 − 7,000,000) × 0.10 = 300,000",
    },
    {
      args: [100_000_000, 0.05, "TOTAL", undefined, 2_000_000],
      expect: 2_000_000,
      arithmetic: "100,000,000 × 0.05 = 5,000,000 → cap 2,000,000",
      note: "cap",
    },
    {
      args: [10_000_000, 0.1, "INCREMENT", 12_000_000],
      expect: 0,
      arithmetic: "max(0, 10,000,000 − 12,000,000) × 0.10 = 0",
      note: "no increment",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-02d",
  because: "按年研发投入总量或增量给予政策支持",
};
