/** SD-ROBOT-15 (N): industry–culture integration and exhibition halls. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-15",
  document: "SD-ROBOT",
  numberAsWritten: "二（四）3",
  category: "other",
  type: "N",
  quotes: [
    "鼓励机器人产业与文化教育、艺术娱乐等产业融合，在全省各级博物馆、艺术馆、美术馆、旅游景区等场所增加机器人元素，支持有条件的市规划建设机器人展览馆。",
  ],
  summary: {
    en: "Industry-culture integration, robot exhibition halls, publicity in transport hubs and media.",
    zh: "推动机器人产业与文化教育、艺术娱乐融合，规划建设机器人展览馆，在交通枢纽和媒体开展宣传展示。",
  },
  departments: "省教育厅、省住建厅、省交通厅、省文旅厅、省广电局",
};
