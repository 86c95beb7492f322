/** HLJ-ROBOT-05: robot industrialization projects, a rate of approved investment under a 「原则上」 cap (spec §4.1). */
import { rateWithOptionalCap } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { inPrincipleCap, inPrincipleCapRemarks } from "../../builders/heilongjiang";
import { amount } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照项目核定总投资的20%安排资金」. */
  rate: 0.2,
  /** 「原则上单个项目支持金额不超过5000万元」: the default of the `cap` argument. */
  cap: 50_000_000,
};

// Typed with the record's own constants (both stated), which the shape's optional ones accept.
export const HLJ_INDUSTRIALIZATION_GRANT = clauseFunction({
  name: "HLJ_INDUSTRIALIZATION_GRANT",
  params: [
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "项目核定总投资" },
      { role: { kind: "base" } }
    ),
    inPrincipleCap(constants.cap),
  ],
  constants,
  shape: rateWithOptionalCap(
    {
      param: "approved_total_investment",
      label: { en: "Approved total investment", zh: "项目核定总投资" },
    },
    { capParam: "cap" }
  ),
  remarks: inPrincipleCapRemarks,
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-05",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）5",
  category: "industrialization",
  type: "Q",
  quotes: [
    "对智能机器人领域符合条件的项目，按照项目核定总投资的20%安排资金，原则上单个项目支持金额不超过5000万元。",
  ],
  summary: (c) => ({
    en: `Qualifying robot industrialization projects receive ${percent(c.rate)} of approved total investment, in principle at most ${grouped(c.cap)} yuan per project.`,
    zh: `智能机器人领域符合条件的产业化项目，按项目核定总投资的${percent(c.rate)}安排资金，原则上单个项目不超过${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_INDUSTRIALIZATION_GRANT,
  oneTime: { kind: "row" },
});
