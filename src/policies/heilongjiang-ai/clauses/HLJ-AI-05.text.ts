/** HLJ-AI-05's prose: every amount and rate read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HLJAI_COMPUTE_AWARD } from "./HLJ-AI-05";

export const text = clauseText<typeof HLJAI_COMPUTE_AWARD>("HLJAI_COMPUTE_AWARD", (c) => ({
  description: {
    en: `Heilongjiang compute innovation-consumption award (HLJ-AI-05): if compute purchases exceed ${grouped(c.threshold)} yuan, ${percent(c.rate)} of actual spending, up to ${grouped(c.cap)} yuan per unit per year.`,
    zh: `黑龙江算力创新消费奖励（HLJ-AI-05）：实际购买算力资源超过${wan(c.threshold)}的，按实际支出额的${percent(c.rate)}给予奖励，每个单位每年最高${wan(c.cap)}。`,
  },
  formula: {
    en: `0 if the annual spend is not above ${grouped(c.threshold)} (「超过」 excludes ${grouped(c.threshold)}); otherwise min(${percent(c.rate)} × the whole spend, max(0, ${grouped(c.cap)} − received_to_date)).`,
    zh: `年度支出不超过${wan(c.threshold)}（“超过”不含本数）为0；否则min(全部支出额×${percent(c.rate)}, max(0, ${wan(c.cap)}−本年已获))。`,
  },
  params: {
    annual_compute_spend: {
      en: "Actual spending in the year on compute resources from qualifying compute providers, in yuan.",
      zh: "本年度实际购买符合要求的算力服务商算力资源的支出额，元。",
    },
    received_to_date: {
      en: `Compute awards already received this year, in yuan; default 0. Annual cap ${grouped(c.cap)} per unit.`,
      zh: `本年度已获算力创新消费奖励，元，默认0。每个单位年度上限${wan(c.cap)}。`,
    },
  },
  ambiguities: [
    {
      issue: {
        en: `What the ${percent(c.rate)} applies to.`,
        zh: `${percent(c.rate)}的计算基数。`,
      },
      chosen: {
        en: `The whole spend: ${grouped(c.threshold)} is an eligibility threshold, not a deductible.`,
        zh: `全部支出额：${wan(c.threshold)}是申报门槛，而非扣除额。`,
      },
      alternative: {
        en: `Only the excess over ${grouped(c.threshold)}.`,
        zh: `仅超过${wan(c.threshold)}的部分。`,
      },
    },
    {
      issue: { en: "What the threshold is tested on.", zh: "门槛的判断口径。" },
      chosen: {
        en: "The annual spend, consistent with the annual cap.",
        zh: "按年度支出额判断，与年度上限一致。",
      },
      alternative: { en: "Each purchase contract separately.", zh: "按每份采购合同分别判断。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「超过30万元的，按实际支出额给予30%…最高不超过400万元」.
  examples: [
    { args: [1_000_000], expect: 300_000, arithmetic: "1,000,000 × 0.30" },
    { args: [20_000_000], expect: 4_000_000, arithmetic: "6,000,000 → cap", note: "cap" },
    { args: [300_000], expect: 0, arithmetic: "not > 300,000", note: "below threshold" },
    {
      args: [300_001],
      expect: 90_000.3,
      arithmetic: "300,001 × 0.30 = 90,000.30",
      note: "just above",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "HLJ-AI-05",
  because: "每个单位每年奖励最高不超过400万元",
};
