/** HLJ-AI-06a: AI high-quality dataset projects, up to a cap each (spec §4.4; twin of HLJ-ROBOT-13a). */
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { datasetGrantFunction } from "../../builders/heilongjiang";

const constants = {
  /** 「单个给予最高200万元的补助」. */
  cap: 2_000_000,
};

export const HLJAI_DATASET_SUBSIDY = datasetGrantFunction("HLJAI_DATASET_SUBSIDY", constants);

export const clause = quantitativeClause({
  id: "HLJ-AI-06a",
  document: "HLJ-AI",
  numberAsWritten: "二、6",
  category: "data",
  type: "Q",
  quotes: [
    "每年支持建设一批人工智能高质量数据集项目，根据其数据规模、价值密度及应用效果，单个给予最高200万元的补助。",
  ],
  summary: (c) => ({
    en: `AI high-quality dataset projects get up to ${grouped(c.cap)} yuan each.`,
    zh: `每年支持一批人工智能高质量数据集项目，根据数据规模、价值密度及应用效果，单个最高补助${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）",
  fn: HLJAI_DATASET_SUBSIDY,
  oneTime: { kind: "annual" },
});
