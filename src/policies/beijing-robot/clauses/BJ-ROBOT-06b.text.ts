/** BJ-ROBOT-06b's prose: the term and the annual cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { BJ_PROJECT_LOAN_INTEREST_SUBSIDY } from "./BJ-ROBOT-06b";

/** The subsidy years within the term: 3 → [1, 2, 3]. */
const yearsOf = (maxYears: number): number[] => Array.from({ length: maxYears }, (_, i) => i + 1);

export const text = clauseText<typeof BJ_PROJECT_LOAN_INTEREST_SUBSIDY>(
  "BJ_PROJECT_LOAN_INTEREST_SUBSIDY",
  (c) => ({
    description: {
      en: `Beijing interest subsidy for strategic major construction projects with project loans (BJ-ROBOT-06b): at a rate up to the PBoC-published LPR of the same tenor, for at most ${c.maxYears} years, up to ${grouped(c.cap)} yuan a year.`,
      zh: `北京获得项目贷款的全局性、战略性建设类重大项目贴息（BJ-ROBOT-06b）：贴息利率不超过人民银行公布的同期中长期LPR，贴息期限不超过${c.maxYears}年，年度最高${wan(c.cap)}。`,
    },
    formula: {
      en: `0 if year index > ${c.maxYears}; otherwise average balance × subsidy rate (≤ LPR, default LPR), at most the interest actually paid when given, then at most the room left under the ${grouped(c.cap)} annual cap.`,
      zh: `贴息年度超过${c.maxYears}年的为0；否则 平均余额 × 贴息利率（≤LPR，默认LPR），如填写实际利息则不超过实际利息，再以年度${wan(c.cap)}上限的剩余额度为限。`,
    },
    params: {
      avg_loan_balance: {
        en: "Average outstanding project-loan principal during the subsidy year, in yuan. The average handles part-years.",
        zh: "贴息年度内项目贷款本金的平均余额，元。使用平均余额可处理不足一年的情况。",
      },
      lpr: {
        en: "The PBoC-published LPR for the loan's tenor (「同期中长期」), e.g. 0.035. Enter the current figure; the text fixes no tenor.",
        zh: "人民银行公布的与贷款期限对应的贷款市场报价利率（「同期中长期」），如0.035。请填写当期数值；原文未限定期限档次。",
      },
      subsidy_rate: {
        en: "Interest-subsidy rate; default = lpr, the maximum (「不超过人民银行公布的同期中长期贷款市场报价利率（LPR）」). A value above lpr returns #NUM!.",
        zh: "贴息利率，默认等于lpr即上限（「不超过人民银行公布的同期中长期贷款市场报价利率（LPR）」）。高于lpr返回#NUM!。",
      },
      year_index: {
        en: `Which subsidy year this is (${yearsOf(c.maxYears).join(", ")}). Year ${c.maxYears + 1} and later return 0 (「贴息期限不超过 3 年」). Default 1.`,
        zh: `第几个贴息年度（${yearsOf(c.maxYears).join("、")}）。第${c.maxYears + 1}年起结果为0（「贴息期限不超过 3 年」）。默认1。`,
      },
      received_to_date: {
        en: `Interest subsidy already received for this project in the same year, in yuan; default 0. Annual cap ${grouped(c.cap)}.`,
        zh: `本项目本年度已获贴息，元，默认0。年度最高${wan(c.cap)}。`,
      },
      actual_interest_paid: {
        en: "Optional: interest actually paid in the year, in yuan. If given, the subsidy cannot exceed it (implicit in 贴息).",
        zh: "可选：本年度实际支付的利息，元。填写后贴息不超过该金额（贴息的性质使然）。",
      },
    },
    ambiguities: [
      {
        issue: {
          en: "Which LPR tenor counts as 「同期」 (1-year or over-5-year).",
          zh: "「同期」指哪一期限品种的LPR（1年期或5年期以上）。",
        },
        chosen: {
          en: "Left to the user (lpr argument); 0.035 in the examples is illustrative.",
          zh: "由用户通过lpr参数填写；示例中的0.035仅作示意。",
        },
      },
      {
        issue: { en: "The scope of the annual cap.", zh: "年度上限的适用范围。" },
        chosen: { en: "Per project.", zh: "按项目计。" },
      },
    ],
    // Expected values from the policy text, never from the code: 「贴息期限不超过 3 年，年度最高 3000 万元」;
    // the LPR 0.035 is illustrative.
    examples: [
      {
        args: [500_000_000, 0.035],
        expect: 17_500_000,
        arithmetic: "500,000,000 × 0.035 = 17,500,000",
      },
      {
        args: [1_000_000_000, 0.035],
        expect: 30_000_000,
        arithmetic: "1,000,000,000 × 0.035 = 35,000,000 → cap 30,000,000",
        note: "cap",
      },
      {
        args: [500_000_000, 0.035, undefined, 4],
        expect: 0,
        arithmetic: "year 4 > 3 → 0",
        note: "past the term",
      },
      {
        args: [500_000_000, 0.035, undefined, 1, 0, 15_000_000],
        expect: 15_000_000,
        arithmetic: "min(17,500,000, 15,000,000) = 15,000,000",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-06b",
  because: "年度最高 3000 万元",
};
