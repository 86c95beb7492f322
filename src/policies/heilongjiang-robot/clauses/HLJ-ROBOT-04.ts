/** HLJ-ROBOT-04: newly built concept-verification / pilot platforms (spec §4.1; twin of HLJ-AI-04). */
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { pilotPlatformGrantFunction } from "../../builders/heilongjiang";

const constants = {
  /** 「按总投资额的30%」: the maximum rate, graded by 「根据绩效评价结果」. */
  rate: 0.3,
  /** 「最高给予1000万元资助」. */
  cap: 10_000_000,
};

export const HLJ_PILOT_PLATFORM_GRANT = pilotPlatformGrantFunction(
  "HLJ_PILOT_PLATFORM_GRANT",
  constants
);

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-04",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（一）4",
  category: "pilot-platform",
  type: "Q",
  quotes: [
    "经科技主管部门认定的新建概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的30%最高给予1000万元资助。",
  ],
  summary: (c) => ({
    en: `Newly built concept-verification centers and pilot-scale maturation platforms recognised by the sci-tech authority receive, according to the performance evaluation, ${percent(c.rate)} of total investment, up to ${grouped(c.cap)} yuan.`,
    zh: `经科技主管部门认定的新建概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的${percent(c.rate)}给予资助，最高${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省科技厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_PILOT_PLATFORM_GRANT,
  oneTime: { kind: "row" },
});
