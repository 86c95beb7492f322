/** SD-ROBOT-13 (N): the 「机器人+」 application action. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-13",
  document: "SD-ROBOT",
  numberAsWritten: "二（四）1",
  category: "scenario",
  type: "N",
  quotes: [
    "聚焦制造业、农业、建筑业、商贸物流、安全应急、公共安全、矿山等用户特定场景和工艺需求，打造具有示范带动作用的典型应用案例",
  ],
  summary: {
    en: 'The "Robot+" application action: typical cases across sectors, and embodied-intelligence robots in communities and property services.',
    zh: "实施“机器人+”应用行动：打造各行业典型应用案例，探索在居民社区、物业服务等场景应用具身智能机器人。",
  },
  departments:
    "省工业和信息化厅、省发展改革委、省教育厅、省科技厅、省公安厅、省民政厅、省财政厅、省住建厅、省交通厅、省农业厅、省商务厅、省文旅局、省卫健委、省应急管理厅、省国资委、国家矿山安全监察局山东局",
};
