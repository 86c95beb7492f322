/** HLJ-ROBOT-13a's prose: the shared dataset text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { datasetGrantText } from "../../builders/heilongjiang.text";
import type { HLJ_DATASET_GRANT } from "./HLJ-ROBOT-13a";

export const text = clauseText<typeof HLJ_DATASET_GRANT>("HLJ_DATASET_GRANT", (c) =>
  datasetGrantText(c, {
    description: {
      en: `Heilongjiang robot high-quality dataset grant (HLJ-ROBOT-13a): up to ${grouped(c.cap)} yuan per certified dataset, by data size, value density and application effect.`,
      zh: `黑龙江高质量数据集资金支持（HLJ-ROBOT-13a）：经认证的高质量数据集，根据数据规模、价值密度及应用效果，最高给予${wan(c.cap)}。`,
    },
    perItem: { en: "one certified high-quality dataset", zh: "单个经认证高质量数据集" },
    // Expected values from 「给予最高200万元的资金支持」.
    examples: [
      { args: [1_500_000], expect: 1_500_000, arithmetic: "below cap" },
      { args: [2_600_000], expect: 2_000_000, arithmetic: "→ cap", note: "cap" },
      { args: [], expect: 2_000_000, arithmetic: "default = cap", note: "default" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-13a",
  context: [
    "支持企业建设数据训练场，为智能机器人训练提供高质量数据支撑，为参与建设和运营的企业提供要素保障，予以重点推动建设。",
  ],
  because: "对经认证的高质量数据集",
};
