/** HLJ-AI-13a: provincial pre-project funds for national AI-application pilot-base bids (spec §4.4; N-$: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-13a",
  document: "HLJ-AI",
  numberAsWritten: "四、13",
  category: "pilot-platform",
  type: "N-$",
  quotes: ["安排省级前期工作经费支持符合条件的国家人工智能应用中试基地申报项目。"],
  summary: {
    en: "Provincial pre-project work funds for projects applying to become national AI-application pilot bases (no amount).",
    zh: "安排省级前期工作经费，支持符合条件的国家人工智能应用中试基地申报项目（未定金额）。",
  },
  departments: "省发展改革委、省财政厅",
};
