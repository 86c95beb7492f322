/** BJ-ROBOT-13a's prose: the rate and the term read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { BJ_FIRST_LOAN_SUBSIDY, termYears } from "./BJ-ROBOT-13a";

/** The loan and the term the second reading is illustrated with (illustrative, not policy numbers). */
const ILLUSTRATION = { principal: 5_000_000, months: 6 };

export const text = clauseText<typeof BJ_FIRST_LOAN_SUBSIDY>("BJ_FIRST_LOAN_SUBSIDY", (c) => {
  const { principal, months } = ILLUSTRATION;
  const oneOff = principal * c.rate;
  const proRated = (oneOff * months) / c.monthsPerYear;
  return {
    description: {
      en: `Beijing first-loan subsidy for SMEs (BJ-ROBOT-13a): ${percent(c.rate)} interest subsidy or guarantee-fee subsidy on the first-ever loan, for at most ${termYears(c)} year.`,
      zh: `北京中小微企业“首次贷款”贴息或担保费用补助（BJ-ROBOT-13a）：给予${percent(c.rate)}的贴息或担保费用补助，补贴期限最长${termYears(c)}年。`,
    },
    formula: {
      en: `loan × ${percent(c.rate)} × min(months, ${c.maxMonths}) ÷ ${c.monthsPerYear}, at most the cost actually paid when given.`,
      zh: `贷款本金 × ${percent(c.rate)} × min(月数, ${c.maxMonths}) ÷ ${c.monthsPerYear}；如填写实际费用则不超过实际费用。`,
    },
    params: {
      loan_amount: {
        en: "Principal of the SME's first-ever loan (首次贷款), in yuan.",
        zh: "中小微企业首次贷款的本金，元。",
      },
      months: {
        en: `Months subsidised; default ${c.maxMonths}. Values above ${c.maxMonths} count as ${c.maxMonths} (「补贴期限最高 1 年」). The ${percent(c.rate)} is read as a yearly rate, so a shorter term is pro-rated.`,
        zh: `补贴月数，默认${c.maxMonths}。超过${c.maxMonths}个月的按${c.maxMonths}个月计（「补贴期限最高 1 年」）。${percent(c.rate)}按年率理解，不足一年按月折算。`,
      },
      actual_cost_paid: {
        en: "Optional: interest or guarantee fee actually paid over the same period, in yuan. If given, the subsidy cannot exceed it.",
        zh: "可选：同期实际支付的利息或担保费，元。填写后补助不超过该金额。",
      },
    },
    ambiguities: [
      {
        issue: { en: "「1%的贴息或担保费用补助」", zh: "「1%的贴息或担保费用补助」" },
        chosen: {
          en: `${percent(c.rate)} per year on the principal, whether as an interest or a guarantee-fee subsidy, pro-rated for a term shorter than ${c.maxMonths} months.`,
          zh: `按本金每年${percent(c.rate)}计，贴息与担保费用补助同此；期限不足${c.maxMonths}个月的按月折算。`,
        },
        alternative: {
          en: `${percent(c.rate)} of principal one-off, whatever the term (e.g. ${grouped(oneOff, 2)} instead of ${grouped(proRated, 2)} for ${months} months on ${grouped(principal)}).`,
          zh: `不论期限，一次性按本金的${percent(c.rate)}补助（如本金${wan(principal)}、期限${months}个月，补助${wan(oneOff)}而非${wan(proRated)}）。`,
        },
      },
    ],
    // The illustration's loan and what each reading pays on it, computed above from the constants.
    derivedAmounts: [principal, oneOff, proRated],
    // Expected values from the policy text, never from the code: 「给予 1%的贴息…补贴期限最高 1 年」.
    examples: [
      { args: [5_000_000], expect: 50_000, arithmetic: "5,000,000 × 0.01 × 12/12 = 50,000" },
      { args: [5_000_000, 6], expect: 25_000, arithmetic: "5,000,000 × 0.01 × 6/12 = 25,000" },
      {
        args: [5_000_000, 18],
        expect: 50_000,
        arithmetic: "months capped at 12: 5,000,000 × 0.01 × 12/12 = 50,000",
        note: "period cap",
      },
      {
        args: [5_000_000, 12, 30_000],
        expect: 30_000,
        arithmetic: "min(50,000, 30,000) = 30,000",
        note: "cost cap",
      },
    ],
  };
});

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-13a",
  because: "对中小微企业“首次贷款”业务",
};
