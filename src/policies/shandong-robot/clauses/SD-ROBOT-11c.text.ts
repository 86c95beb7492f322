/** SD-ROBOT-11c's prose: the annual cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft } from "../prose.text";
import type { SD_RD_SUBSIDY } from "./SD-ROBOT-11c";

export const text = clauseText<typeof SD_RD_SUBSIDY>("SD_RD_SUBSIDY", (c) => ({
  description: draft({
    en: `Shandong R&D post-subsidy for robot enterprises (SD-ROBOT-11c): R&D investment × the tier rate of the relevant rules (not stated: you supply it), up to ${grouped(c.cap)} yuan per enterprise per year.`,
    zh: `山东机器人企业研发投入后补助（SD-ROBOT-11c）：研发投入 × 相关规定的分档比例（原文未载明，须自行填写），单个企业年度最高${wan(c.cap)}。`,
  }),
  formula: {
    en: `min(R&D investment × rate, max(0, ${grouped(c.cap)} − received this year)).`,
    zh: `min(研发投入 × 比例, max(0, ${wan(c.cap)} − 本年已获))。`,
  },
  params: {
    rd_investment: {
      en: "R&D investment on the basis the implementing rules use (total or increment), in yuan.",
      zh: "按实施细则口径（总量或增量）计算的研发投入，元。",
    },
    rate: {
      en: "Effective tier rate under 「按相关规定给予分档分类后补助」; not stated in the draft. If the rules give tier amounts, pass rate = amount ÷ rd_investment.",
      zh: "「按相关规定给予分档分类后补助」的实际适用比例，征求意见稿未载明。若规定的是分档金额，请填 金额 ÷ 研发投入。",
    },
    received_to_date: {
      en: `R&D post-subsidy already received this year, in yuan; default 0. Annual cap ${grouped(c.cap)} per enterprise.`,
      zh: `本年度已获研发后补助，元，默认0。单个企业年度最高${wan(c.cap)}。`,
    },
  },
  ambiguities: [
    {
      issue: {
        en: "The tier rates (「分档分类」) are not in the text (Q-R).",
        zh: "原文未载明「分档分类」的各档比例（Q-R）。",
      },
      chosen: { en: "rate is a required argument.", zh: "rate为必填参数。" },
      alternative: {
        en: "A requested amount clipped to the cap.",
        zh: "按申请金额计，以上限为限。",
      },
    },
  ],
  // Expected values from the policy text, never from the code: 「单个企业年度最高补助500万元」.
  examples: [
    { args: [20_000_000, 0.05], expect: 1_000_000, arithmetic: "20,000,000 × 0.05 = 1,000,000" },
    {
      args: [200_000_000, 0.05],
      expect: 5_000_000,
      arithmetic: "200,000,000 × 0.05 = 10,000,000 → cap 5,000,000",
      note: "cap",
    },
    {
      args: [40_000_000, 0.1, 3_000_000],
      expect: 2_000_000,
      arithmetic: "min(4,000,000, 5,000,000 − 3,000,000) = 2,000,000",
      note: "partly used cap",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-11c",
  because: "单个企业年度最高补助500万元",
};
