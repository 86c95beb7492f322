/** HLJ-ROBOT-13a: certified high-quality datasets, up to a cap (spec §4.1; twin of HLJ-AI-06a). */
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { datasetGrantFunction } from "../../builders/heilongjiang";

const constants = {
  /** 「给予最高200万元的资金支持」. */
  cap: 2_000_000,
};

export const HLJ_DATASET_GRANT = datasetGrantFunction("HLJ_DATASET_GRANT", constants);

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-13a",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（四）13",
  category: "data",
  type: "Q",
  quotes: [
    "对经认证的高质量数据集，根据其数据规模、价值密度及应用效果，给予最高200万元的资金支持。",
  ],
  summary: (c) => ({
    en: `Certified high-quality robot datasets receive up to ${grouped(c.cap)} yuan, scaled by data size, value density and application effect.`,
    zh: `经认证的智能机器人高质量数据集，根据数据规模、价值密度及应用效果，给予最高${wan(c.cap)}资金支持。`,
  }),
  departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_DATASET_GRANT,
  oneTime: { kind: "annual" },
});
