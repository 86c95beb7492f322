/** HLJ-AI-06a's prose: the shared dataset text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { datasetGrantText } from "../../builders/heilongjiang.text";
import type { HLJAI_DATASET_SUBSIDY } from "./HLJ-AI-06a";

export const text = clauseText<typeof HLJAI_DATASET_SUBSIDY>("HLJAI_DATASET_SUBSIDY", (c) =>
  datasetGrantText(c, {
    description: {
      en: `Heilongjiang AI high-quality dataset subsidy (HLJ-AI-06a): up to ${grouped(c.cap)} yuan per dataset project, by data size, value density and application effect.`,
      zh: `黑龙江人工智能高质量数据集补助（HLJ-AI-06a）：根据数据规模、价值密度及应用效果，单个数据集项目最高补助${wan(c.cap)}。`,
    },
    perItem: { en: "one AI high-quality dataset project", zh: "单个人工智能高质量数据集项目" },
    formulaPer: { en: " per dataset project", zh: "，按单个数据集项目计" },
    // Expected values from 「单个给予最高200万元的补助」.
    examples: [
      { args: [800_000], expect: 800_000, arithmetic: "below cap" },
      { args: [5_000_000], expect: 2_000_000, arithmetic: "→ cap", note: "cap" },
      { args: [], expect: 2_000_000, arithmetic: "default = cap", note: "default" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-06a",
  because: "每年支持建设一批人工智能高质量数据集项目",
};
