/** SD-ROBOT-16 (N): high-end talent recruitment. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-16",
  document: "SD-ROBOT",
  numberAsWritten: "二（五）1",
  category: "talent",
  type: "N",
  quotes: [
    "通过“一事一议”，面向全球引进机器人战略人才、青年科学家和高层次人才团队，在住房、教育、落户等方面给予灵活配套政策支持。",
  ],
  summary: {
    en: "High-end talent recruitment (urgently needed talent plan, case-by-case deals, Taishan industry leading-talent project, entrepreneurship contest).",
    zh: "扩大高端人才引进（急需紧缺人才项目计划、“一事一议”、泰山产业领军人才工程、高层次人才创业大赛）。",
  },
  departments: "省委组织部、省发展改革委、省教育厅、省科技厅、省工信厅、省人力资源社会保障厅",
};
