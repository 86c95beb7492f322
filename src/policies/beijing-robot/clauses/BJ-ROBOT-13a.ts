/** BJ-ROBOT-13a: 1% on an SME's first-ever loan, as interest or guarantee-fee subsidy, for at most a year (spec §4.5). */
import { atMostCostPaid, proRatedRate } from "../../../engine/shapes";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, quantity } from "../../builders/params";
import { NONE } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「给予 1%的贴息或担保费用补助」: read as a yearly rate on the principal. */
  rate: 0.01,
  /** 「补贴期限最高 1 年」, in months: the default and the most months counted. */
  maxMonths: 12,
  /** Months in a year, to pro-rate the yearly rate (a unit, not a policy number). */
  monthsPerYear: 12,
};

/** rate × principal × months ÷ 12, the months within the term, at most the cost paid. */
const firstLoanSubsidy = atMostCostPaid(
  "actual_cost_paid",
  proRatedRate({
    base: { param: "loan_amount", label: { en: "First-loan principal", zh: "首次贷款本金" } },
    periods: {
      param: "months",
      label: { en: "Months subsidised, within the subsidy term", zh: "补贴月数（不超过补贴期限）" },
      capKey: "maxMonths",
    },
    perYearKey: "monthsPerYear",
    unit: { en: "months", zh: "月数" },
  })
);

export const BJ_FIRST_LOAN_SUBSIDY = clauseFunction({
  name: "BJ_FIRST_LOAN_SUBSIDY",
  params: [
    amount(
      "loan_amount",
      { en: "First-loan principal", zh: "首次贷款本金" },
      { role: { kind: "base" } }
    ),
    quantity("months", { en: "Months subsidised", zh: "补贴月数" }, "months", {
      default: constants.maxMonths,
    }),
    amount(
      "actual_cost_paid",
      { en: "Interest or guarantee fees paid", zh: "实际支付利息或担保费" },
      { optional: true }
    ),
  ],
  constants,
  derivedConstants: {
    maxMonths: "「补贴期限最高 1 年」: 1 year = 12 months",
    monthsPerYear: "「给予 1%的贴息」 read as a yearly rate, pro-rated by month: 12 months a year",
  },
  shape: firstLoanSubsidy,
});

/** The subsidy term in years, as the text states it (12 months → 1). */
export const termYears = (c: typeof constants): number => c.maxMonths / c.monthsPerYear;

export const clause = quantitativeClause({
  id: "BJ-ROBOT-13a",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十三）",
  category: "loan-interest",
  type: "Q",
  quotes: ["对中小微企业“首次贷款”业务，给予 1%的贴息或担保费用补助，补贴期限最高 1 年。"],
  summary: (c) => ({
    en: `On an SME's first-ever bank loan, a ${percent(c.rate)} interest subsidy or guarantee-fee subsidy, for at most ${termYears(c)} year.`,
    zh: `中小微企业“首次贷款”业务，给予${percent(c.rate)}的贴息或担保费用补助，补贴期限最长${termYears(c)}年。`,
  }),
  departments: NONE,
  fn: BJ_FIRST_LOAN_SUBSIDY,
  oneTime: { kind: "row" },
});
