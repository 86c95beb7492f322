/** HLJ-ROBOT-08: factor guarantees for robot supply-chain projects (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-08",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）8",
  category: "other",
  type: "N",
  quotes: ["为智能机器人配套项目提供要素保障，予以重点推动建设。"],
  summary: {
    en: "Supply-chain projects (sensors, reducers, precision arms for robot assemblers) get factor-of-production guarantees and priority promotion.",
    zh: "为智能机器人总装企业配套的传感器、减速器、高精度机械臂等项目提供要素保障，予以重点推动建设。",
  },
  departments: "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};
