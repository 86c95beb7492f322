/** HZ-HUMANOID-02b: municipal matching of national and provincial key research grants, in tranches. */
import { phasedRateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { DEPT } from "../shared";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按国家、省实际到账补助资金的25%」. */
  rate: 0.25,
  /** 「给予最高500万元的补助」: per task, over all tranches. */
  cap: 5_000_000,
};

export const HZ_RESEARCH_MATCHING_SUBSIDY = clauseFunction({
  name: "HZ_RESEARCH_MATCHING_SUBSIDY",
  params: [
    amount(
      "funds_received",
      { en: "National and provincial funds received", zh: "国家省补助到账额" },
      {
        role: { kind: "base" },
      }
    ),
    amount(
      "paid_in_prior_phases",
      { en: "Paid in earlier phases", zh: "此前已拨付配套" },
      {
        default: 0,
        role: { kind: "paid" },
      }
    ),
  ],
  constants,
  shape: phasedRateCapped({
    base: {
      param: "funds_received",
      label: { en: "National and provincial funds received", zh: "国家、省实际到账补助资金" },
    },
    paidParam: "paid_in_prior_phases",
  }),
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-02b",
  document: "HZ-HUMANOID",
  numberAsWritten: "二",
  category: "key-tech",
  type: "Q",
  quotes: [
    "鼓励人形机器人企业承担国家、省重点科研任务,按国家、省实际到账补助资金的25%,给予最高500万元的补助。",
  ],
  summary: (c) => ({
    en: `Firms undertaking national or provincial key research tasks receive ${percent(c.rate)} of the national/provincial grant money actually received, up to ${grouped(c.cap)} yuan.`,
    zh: `承担国家、省重点科研任务的企业，按国家、省实际到账补助资金的${percent(c.rate)}给予补助，最高${wan(c.cap)}。`,
  }),
  departments: DEPT.m2,
  fn: HZ_RESEARCH_MATCHING_SUBSIDY,
  oneTime: { kind: "phases" },
});
