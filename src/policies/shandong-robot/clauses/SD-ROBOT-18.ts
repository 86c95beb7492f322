/** SD-ROBOT-18 (N): skills competitions. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-18",
  document: "SD-ROBOT",
  numberAsWritten: "二（五）3",
  category: "talent",
  type: "N",
  quotes: [
    "支持机器人企业、高校、行业协会等联合举办机器人职业技能大赛，组织细分行业机器人应用技能和创新创意竞赛，选拔高素质技术技能人才和机器人场景应用新创意新构想。",
  ],
  summary: {
    en: "Skills competitions and entrepreneurship contests (创客中国).",
    zh: "举办机器人职业技能大赛和创新创业赛事（创客中国）。",
  },
  departments: "省人力资源社会保障厅、省工业和信息化厅",
};
