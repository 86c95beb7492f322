/** SD-ROBOT-11a (N-$): national inspection and metrology centers: an award, no amount. */
import type { Clause } from "../../../catalog/types";
import { DEPARTMENTS } from "../departments";

export const clause: Clause = {
  id: "SD-ROBOT-11a",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）4",
  category: "innovation-platform",
  type: "N-$",
  quotes: [
    "鼓励济南、青岛、淄博、济宁等地争创国家级机器人检验检测质检中心，对获批国家质检中心、国家产业计量测试中心、国家检测重点实验室的给予奖励。",
  ],
  summary: {
    en: "An award for winning approval of a national quality-inspection center, national industrial metrology-test center or national testing key laboratory. No amount is given.",
    zh: "获批国家质检中心、国家产业计量测试中心、国家检测重点实验室的给予奖励。未规定金额。",
  },
  departments: DEPARTMENTS.m11,
};
