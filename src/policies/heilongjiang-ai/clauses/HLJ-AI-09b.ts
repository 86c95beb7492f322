/** HLJ-AI-09b: smart-terminal / agent projects, a phased rate of approved investment under a 「原则上」 cap (spec §4.4). */
import { phasedRateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { inPrincipleCap, inPrincipleCapRemarks } from "../../builders/heilongjiang";
import { amount } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照项目核定总投资的20%安排补助资金」. */
  rate: 0.2,
  /** 「原则上单个项目支持金额不超过5000万元」: the default of the `cap` argument. */
  cap: 50_000_000,
  /** 「对新建总投资2000万元（含）以上的项目」. */
  threshold: 20_000_000,
  /** 「（含）以上」 includes the threshold. */
  thresholdOp: ">=" as const,
};

export const HLJAI_TERMINAL_PROJECT_SUBSIDY = clauseFunction({
  name: "HLJAI_TERMINAL_PROJECT_SUBSIDY",
  params: [
    amount(
      "total_investment",
      { en: "Total investment", zh: "新建项目总投资" },
      { role: { kind: "base" } }
    ),
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "核定总投资" },
      { optional: true }
    ),
    amount(
      "paid_in_prior_phases",
      { en: "Paid in earlier phases", zh: "以前阶段已拨付" },
      { default: 0, role: { kind: "paid" } }
    ),
    inPrincipleCap(constants.cap),
  ],
  constants,
  shape: phasedRateCapped({
    threshold: {
      param: "total_investment",
      label: { en: "New project's total investment", zh: "新建项目总投资" },
    },
    base: {
      param: "approved_total_investment",
      label: { en: "Approved total investment", zh: "项目核定总投资" },
      fallbackParam: "total_investment",
    },
    paidParam: "paid_in_prior_phases",
    capParam: "cap",
  }),
  remarks: inPrincipleCapRemarks,
});

export const clause = quantitativeClause({
  id: "HLJ-AI-09b",
  document: "HLJ-AI",
  numberAsWritten: "三、9",
  category: "industrialization",
  type: "Q",
  quotes: [
    "面向新一代智能终端与智能体等领域研发制造，对新建总投资2000万元（含）以上的项目，采取分阶段投资补助方式，按照项目核定总投资的20%安排补助资金，原则上单个项目支持金额不超过5000万元。",
  ],
  summary: (c) => ({
    en: `New R&D/manufacturing projects for smart terminals and agents with total investment ≥ ${grouped(c.threshold)} yuan receive a phased investment subsidy of ${percent(c.rate)} of approved total investment, in principle at most ${grouped(c.cap)} yuan per project.`,
    zh: `新一代智能终端与智能体等领域研发制造项目，新建总投资${wan(c.threshold)}（含）以上的，分阶段按项目核定总投资的${percent(c.rate)}安排补助，原则上单个项目不超过${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省工业和信息化厅、省财政厅",
  fn: HLJAI_TERMINAL_PROJECT_SUBSIDY,
  oneTime: { kind: "phases" },
});
