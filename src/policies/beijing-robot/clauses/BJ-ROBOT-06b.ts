/** BJ-ROBOT-06b: interest subsidy on project loans of strategic major construction projects (spec §4.5). */
import {
  atMostArgument,
  type FinancingCostConstants,
  financingCostUnderRoom,
  gated,
} from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate, receivedToDate, yearIndex } from "../../builders/params";
import { MEASURE_6 } from "../departments";
import { clauseFunction } from "../../builders/function";

type ProjectLoanConstants = FinancingCostConstants & { maxYears: number };

const constants = {
  /** 「贴息期限不超过 3 年」 (inclusive: year 3 is paid). */
  maxYears: 3,
  /** 「年度最高 3000 万元」: per project, shared with this year's earlier receipts. */
  cap: 30_000_000,
} satisfies ProjectLoanConstants;

const projectLoanInterest = financingCostUnderRoom({
  base: {
    param: "avg_loan_balance",
    label: { en: "Average project-loan balance", zh: "项目贷款平均余额" },
  },
  rateParam: "subsidy_rate",
  rateDefaultParam: "lpr",
  costParam: "actual_interest_paid",
  room: { label: L.annualRoom },
});

/** The rate is checked against the LPR first, then the term, then the interest (「贴息期限不超过…年」: year 4 pays 0). */
const projectLoanSubsidy = atMostArgument(
  { param: "subsidy_rate", maxParam: "lpr" },
  gated(
    [
      {
        param: "year_index",
        label: {
          en: "Year index beyond the subsidy term (「贴息期限不超过…年」)",
          zh: "超出贴息期限",
        },
        op: ">",
        limit: "maxYears",
        bars: true,
      },
    ],
    projectLoanInterest
  )
);

export const BJ_PROJECT_LOAN_INTEREST_SUBSIDY = clauseFunction({
  name: "BJ_PROJECT_LOAN_INTEREST_SUBSIDY",
  params: [
    amount(
      "avg_loan_balance",
      { en: "Average loan balance", zh: "贷款平均余额" },
      { role: { kind: "base" } }
    ),
    rate("lpr", { en: "LPR", zh: "贷款市场报价利率" }),
    rate("subsidy_rate", { en: "Interest-subsidy rate", zh: "贴息利率" }, { optional: true }),
    yearIndex("year_index", { en: "Subsidy year", zh: "贴息年度序号" }, { default: 1 }),
    // 「年度最高 3000 万元」 caps each project: a scenario's item rows (projects) do not share it.
    receivedToDate({ en: "Received this year", zh: "本年度已获贴息" }, "annual", "item"),
    amount(
      "actual_interest_paid",
      { en: "Interest actually paid", zh: "实际支付利息" },
      { optional: true }
    ),
  ],
  constants,
  shape: projectLoanSubsidy,
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-06b",
  document: "BJ-ROBOT",
  numberAsWritten: "二（六）",
  category: "loan-interest",
  type: "Q",
  quotes: [
    "对具有全局性、战略性，且获得项目贷款的建设类重大项目，按照不超过人民银行公布的同期中长期贷款市场报价利率（LPR）予以贴息，贴息期限不超过 3 年，年度最高 3000 万元。",
  ],
  summary: (c) => ({
    en: `Strategic major construction projects with project loans receive an interest subsidy at a rate ≤ the PBoC-published LPR for the matching medium/long-term tenor, for at most ${c.maxYears} years, up to ${grouped(c.cap)} yuan per year.`,
    zh: `获得项目贷款的全局性、战略性建设类重大项目，按不超过人民银行公布的同期中长期LPR予以贴息，贴息期限不超过${c.maxYears}年，年度最高${wan(c.cap)}。`,
  }),
  departments: MEASURE_6,
  fn: BJ_PROJECT_LOAN_INTEREST_SUBSIDY,
  oneTime: { kind: "annual" },
});
