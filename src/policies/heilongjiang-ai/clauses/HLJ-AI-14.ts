/** HLJ-AI-14: one-stop IP services for AI (spec §4.4; N: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-14",
  document: "HLJ-AI",
  numberAsWritten: "四、14",
  category: "ip",
  type: "N",
  quotes: [
    "积极为我省人工智能产业创新主体提供专利快速审查、快速确权、专利导航等“一站式”知识产权综合服务。",
    "将人工智能核心技术纳入优先预审目录，缩短专利授权时间。",
  ],
  summary: {
    en: "One-stop IP services and priority patent pre-examination for AI core technologies.",
    zh: "为人工智能产业创新主体提供“一站式”知识产权综合服务，并将人工智能核心技术纳入专利优先预审目录。",
  },
  departments: "省知识产权局",
};
