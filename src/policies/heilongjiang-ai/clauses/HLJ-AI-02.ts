/** HLJ-AI-02: awards for approved AI innovation platforms (spec §4.4; N-$: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-02",
  document: "HLJ-AI",
  numberAsWritten: "一、2",
  category: "innovation-platform",
  type: "N-$",
  quotes: ["对人工智能产业领域获批的国家级、部级、省级创新平台按有关规定给予奖励。"],
  summary: {
    en: "Approved national, ministerial and provincial AI innovation platforms are rewarded under the relevant rules (no amount).",
    zh: "人工智能产业领域获批的国家级、部级、省级创新平台，按有关规定给予奖励（未定金额）。",
  },
  departments: "省发展改革委、省科技厅、省工业和信息化厅、省财政厅",
};
