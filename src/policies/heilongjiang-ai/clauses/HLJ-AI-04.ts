/** HLJ-AI-04: AI concept-verification / pilot platforms, no 「新建」 condition (spec §4.4; twin of HLJ-ROBOT-04). */
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

export const HLJAI_PILOT_PLATFORM_GRANT = pilotPlatformGrantFunction(
  "HLJAI_PILOT_PLATFORM_GRANT",
  constants
);

export const clause = quantitativeClause({
  id: "HLJ-AI-04",
  document: "HLJ-AI",
  numberAsWritten: "一、4",
  category: "pilot-platform",
  type: "Q",
  quotes: [
    "按标准对符合条件的人工智能领域概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的30%最高给予1000万元资助。",
  ],
  summary: (c) => ({
    en: `AI concept-verification centers and pilot platforms receive, according to the performance evaluation, ${percent(c.rate)} of total investment, up to ${grouped(c.cap)} yuan. Unlike HLJ-ROBOT-04, there is no 「新建」 requirement.`,
    zh: `符合条件的人工智能领域概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的${percent(c.rate)}给予资助，最高${wan(c.cap)}；与HLJ-ROBOT-04不同，不要求“新建”。`,
  }),
  departments: "省发展改革委、省科技厅、省财政厅",
  fn: HLJAI_PILOT_PLATFORM_GRANT,
  oneTime: { kind: "row" },
});
