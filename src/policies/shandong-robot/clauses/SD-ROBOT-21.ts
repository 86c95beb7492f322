/** SD-ROBOT-21 (N): publicity and the Shandong Robot Conference. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-21",
  document: "SD-ROBOT",
  numberAsWritten: "三（三）",
  category: "other",
  type: "N",
  quotes: [
    "举办机器人产业合作会议、展示展览等活动，支持举办山东省机器人大会，提升产业知名度与影响力。",
  ],
  summary: {
    en: "Publicity via 「山东好成果」, conferences, exhibitions and the Shandong Robot Conference.",
    zh: "利用“山东好成果”等平台宣传推广，举办机器人产业合作会议、展示展览和山东省机器人大会。",
  },
  departments: "省科技厅、省工业和信息化厅、省广电局",
};
