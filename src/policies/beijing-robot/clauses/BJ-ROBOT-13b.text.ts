/** BJ-ROBOT-13b's prose: the fee rate and the annual cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rateAtMostHelp } from "../../builders/rate-at-most.text";
import type { BJ_LEASING_SUBSIDY } from "./BJ-ROBOT-13b";

// `c` typed as the record's own constants: the shape's type has `rate` optional, the record states it.
export const text = clauseText<typeof BJ_LEASING_SUBSIDY>(
  "BJ_LEASING_SUBSIDY",
  (c: typeof BJ_LEASING_SUBSIDY.constants) => ({
    description: {
      en: `Beijing financial-leasing subsidy for key robot equipment (BJ-ROBOT-13b): at a rate of at most ${percent(c.rate)}, up to ${grouped(c.cap)} yuan per enterprise per year.`,
      zh: `北京关键机器人设备等融资租赁项目支持（BJ-ROBOT-13b）：按不超过${percent(c.rate)}的费率予以支持，企业年度补贴额最高${wan(c.cap)}。`,
    },
    formula: {
      en: `min(financed amount × rate (≤ ${percent(c.rate)}), cost actually paid when given, max(0, ${grouped(c.cap)} − received this year)).`,
      zh: `min(融资额 × 费率（≤${percent(c.rate)}）, 实际支付费用（如填写）, max(0, ${wan(c.cap)} − 本年已获))。`,
    },
    params: {
      lease_financing_amount: {
        en: "Financed amount (principal) of the qualifying finance-lease project(s) in the year, in yuan.",
        zh: "本年度符合条件的融资租赁项目融资额（本金），元。",
      },
      rate: rateAtMostHelp({ en: "Subsidy rate", zh: "补贴费率" }, "「不超过 5%的费率」", c.rate),
      received_to_date: {
        en: `Leasing subsidy already received this year, in yuan; default 0. Annual cap ${grouped(c.cap)} per enterprise.`,
        zh: `本年度已获融资租赁补贴，元，默认0。企业年度最高${wan(c.cap)}。`,
      },
      actual_cost_paid: {
        en: "Optional: leasing costs actually paid in the year, in yuan. If given, the subsidy cannot exceed them (a financing-cost subsidy cannot exceed the cost borne; Revision 1).",
        zh: "可选：本年度实际支付的融资租赁费用，元。填写后补贴不超过该金额（融资成本补贴不应超过实际承担的成本；修订1）。",
      },
    },
    ambiguities: [
      {
        issue: { en: "The base of the 「费率」.", zh: "「费率」的计算基数。" },
        chosen: { en: "The financed amount.", zh: "融资额。" },
        alternative: {
          en: "Lease fees actually paid: pass the fees as the base.",
          zh: "以实际支付的租赁费用为基数：将该费用作为基数填入。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「不超过 5%的费率…年度补贴额最高 1000 万元」.
    examples: [
      { args: [40_000_000], expect: 2_000_000, arithmetic: "40,000,000 × 0.05 = 2,000,000" },
      {
        args: [300_000_000],
        expect: 10_000_000,
        arithmetic: "300,000,000 × 0.05 = 15,000,000 → cap 10,000,000",
        note: "cap",
      },
      {
        args: [100_000_000, 0.05, 8_000_000],
        expect: 2_000_000,
        arithmetic: "min(5,000,000, 10,000,000 − 8,000,000) = 2,000,000",
        note: "partly used cap",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-13b",
  because: "企业年度补贴额最高 1000 万元",
};
