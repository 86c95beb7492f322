/** HLJ-ROBOT-15: one-stop IP services for robot innovators (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-15",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（四）15",
  category: "ip",
  type: "N",
  quotes: [
    "积极为我省智能机器人产业创新主体提供专利快速审查、快速确权、专利导航等“一站式”知识产权综合服务。",
  ],
  summary: {
    en: "One-stop IP services (fast patent examination, fast right confirmation, patent navigation) via the provincial IP protection center.",
    zh: "依托省知识产权保护中心，为智能机器人产业创新主体提供专利快速审查、快速确权、专利导航等“一站式”知识产权综合服务。",
  },
  departments: "省知识产权局，各市（地）人民政府（行署）按职能分工负责",
};
