/** HLJ-ROBOT-12's prose: threshold, rate and both caps read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HLJ_FIRST_SET_AWARD } from "./HLJ-ROBOT-12";

export const text = clauseText<typeof HLJ_FIRST_SET_AWARD>("HLJ_FIRST_SET_AWARD", (c) => ({
  description: {
    en: `Heilongjiang first-set (首台套) award (HLJ-ROBOT-12): one-time ${percent(c.rate)} of the transaction price of one unit/set of each recognised product worth ≥ ${grouped(c.threshold)} yuan, up to ${grouped(c.perUnitCap)} per unit/set and ${grouped(c.annualCap)} per enterprise per year.`,
    zh: `黑龙江首台（套）奖励（HLJ-ROBOT-12）：获省首台（套）认定、产品价值${wan(c.threshold)}以上的，按单台（套）实际成交价的${percent(c.rate)}一次性奖励，单台（套）上限${wan(c.perUnitCap)}，每户企业每年合计不超过${wan(c.annualCap)}。`,
  },
  formula: {
    en: `For each product price p: min(${percent(c.rate)} × p, ${grouped(c.perUnitCap)}) if p ≥ ${grouped(c.threshold)} (「50万元以上」 includes ${grouped(c.threshold)}), else 0; sum; then at most the room left under ${grouped(c.annualCap)} a year (${grouped(c.annualCap)} − received_to_date).`,
    zh: `每个产品成交价p：p≥${wan(c.threshold)}（“以上”含本数）时取min(p×${percent(c.rate)}, ${wan(c.perUnitCap)})，否则为0；合计后不超过年度${wan(c.annualCap)}上限的剩余额度（${wan(c.annualCap)}−本年已获）。`,
  },
  params: {
    unit_prices: {
      en: "One cell per product recognised as a provincial first set: the actual transaction price (实际成交价) of a single unit/set of that product, in yuan. Blank cells are skipped.",
      zh: "每个获省首台（套）认定的产品填一格：该产品单台（套）实际成交价，元。空格忽略。",
    },
    received_to_date: {
      en: `First-set awards already received under this clause by the enterprise in the same year, in yuan; default 0. Annual cap ${grouped(c.annualCap)}.`,
      zh: `企业同一年度已获本条首台（套）奖励，元，默认0。年度上限${wan(c.annualCap)}。`,
    },
  },
  ambiguities: [
    {
      issue: {
        en: "Threshold 「产品价值」 versus base 「实际成交价」.",
        zh: "门槛「产品价值」与计算基数「实际成交价」的关系。",
      },
      chosen: {
        en: "Both are the unit transaction price.",
        zh: "二者均按单台（套）实际成交价。",
      },
      alternative: {
        en: `An appraised product value: enter only products whose value is ≥ ${grouped(c.threshold)}.`,
        zh: `门槛按评估的产品价值：仅填入价值≥${wan(c.threshold)}的产品。`,
      },
    },
    {
      issue: { en: "Per product or per unit sold.", zh: "按产品计还是按售出台数计。" },
      chosen: {
        en: "One award per recognised product (the first set); ten units sold still give one award.",
        zh: "每个获认定的产品（首台套）奖励一次；售出十台仍只奖励一次。",
      },
    },
    {
      issue: { en: "Which year's cap.", zh: "适用哪一年度的上限。" },
      chosen: {
        en: "The annual cap applies to the year of the award.",
        zh: "年度上限按奖励所属年度计算。",
      },
    },
  ],
  // Expected values from 「50万元以上的，按…实际成交价的50%…单台（套）奖励上限200万元；…每年奖励合计不超过500万元」.
  examples: [
    { args: [[[1_200_000]]], expect: 600_000, arithmetic: "1,200,000 × 0.5" },
    {
      args: [[[6_000_000], [5_000_000], [3_000_000]]],
      expect: 5_000_000,
      arithmetic:
        "min(3,000,000, 2,000,000) + min(2,500,000, 2,000,000) + 1,500,000 = 5,500,000 → annual cap",
      note: "per-unit and annual cap",
    },
    { args: [[[480_000]]], expect: 0, arithmetic: "480,000 < 500,000", note: "below threshold" },
    {
      args: [[[3_000_000], [800_000]], 4_000_000],
      expect: 1_000_000,
      arithmetic: "1,500,000 + 400,000 = 1,900,000; room left 5,000,000 − 4,000,000 = 1,000,000",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-12",
  because: "有多个产品的，每户企业每年奖励合计不超过500万元",
};
