/** HZ-HUMANOID-04c: interest subsidy on loans for fixed-asset investment, capped per enterprise in total. */
import { type FinancingCostConstants, financingCostUnderRoom, gated } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, quantity, rate, receivedToDate } from "../../builders/params";
import { DEPT } from "../shared";
import { clauseFunction } from "../../builders/function";

type LoanInterestConstants = FinancingCostConstants & { rate: number; investmentThreshold: number };

const constants = {
  /** 「实际投资总额(不含土地、厂房、旧设备等)达500万元」: inclusive (「达」). */
  investmentThreshold: 5_000_000,
  /** 「不高于1%的年利率」: the default and the maximum of `rate`. */
  rate: 0.01,
  /** 「单个企业贴息补助总额最高150万元」: cumulative, per enterprise. */
  cap: 1_500_000,
} satisfies LoanInterestConstants;

const loanInterest = financingCostUnderRoom({
  base: { param: "loan_amount", label: { en: "Actual loan amount", zh: "实际贷款额" } },
  rateParam: "rate",
  yearsParam: "years",
  costParam: "actual_interest_paid",
  room: { label: L.cumulativeRoom },
});

/** 「实际投资总额…达X且获得贷款的」: both conditions, in that order, before the interest. */
const loanInterestOnInvestment = gated(
  [
    {
      param: "eligible_investment",
      baseLabel: {
        en: "Eligible fixed-asset investment",
        zh: "实际投资总额（不含土地、厂房、旧设备）",
      },
      label: {
        en: "Investment reaches the threshold (「达」: ≥)",
        zh: "实际投资总额达到门槛（「达」含本数）",
      },
      op: ">=",
      limit: "investmentThreshold",
    },
    {
      param: "loan_amount",
      label: { en: "A loan was obtained (loan > 0)", zh: "获得贷款（贷款额>0）" },
      op: ">",
      limit: 0,
    },
  ],
  loanInterest
);

export const HZ_LOAN_INTEREST_SUBSIDY = clauseFunction({
  name: "HZ_LOAN_INTEREST_SUBSIDY",
  params: [
    amount(
      "eligible_investment",
      { en: "Fixed-asset investment", zh: "固定资产投资总额" },
      {
        role: { kind: "base" },
      }
    ),
    amount("loan_amount", { en: "Loan amount", zh: "实际贷款额" }),
    quantity("years", { en: "Years subsidised", zh: "贴息年数" }, "years", { default: 1 }),
    rate(
      "rate",
      { en: "Annual interest-subsidy rate", zh: "年贴息利率" },
      { default: constants.rate, max: constants.rate }
    ),
    receivedToDate({ en: "Interest subsidy received", zh: "已获贴息补助" }, "cumulative"),
    amount(
      "actual_interest_paid",
      { en: "Interest actually paid", zh: "实际支付利息" },
      {
        optional: true,
      }
    ),
  ],
  constants,
  shape: loanInterestOnInvestment,
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-04c",
  document: "HZ-HUMANOID",
  numberAsWritten: "四",
  category: "loan-interest",
  type: "Q",
  quotes: [
    "鼓励人形机器人企业采取银行贷款、融券融资等方式进行固定资产投资,实际投资总额(不含土地、厂房、旧设备等)达500万元且获得贷款的,根据实际贷款额给予不高于1%的年利率贴息补助,单个企业贴息补助总额最高150万元。",
  ],
  summary: (c) => ({
    en: `Where fixed-asset investment (excluding land, buildings, used equipment) reaches ${grouped(c.investmentThreshold)} yuan and a loan was obtained, the firm receives an interest subsidy of ≤ ${percent(c.rate)} per year on the actual loan amount, up to ${grouped(c.cap)} yuan in total per enterprise.`,
    zh: `固定资产实际投资总额（不含土地、厂房、旧设备等）达${wan(c.investmentThreshold)}且获得贷款的，按实际贷款额给予不高于${percent(c.rate)}的年利率贴息，单个企业贴息总额最高${wan(c.cap)}。`,
  }),
  departments: DEPT.m4,
  fn: HZ_LOAN_INTEREST_SUBSIDY,
  oneTime: { kind: "annual" },
});
