/** HZ-HUMANOID-01: key technologies and models in the municipal programs' scope (no amount; spec §4.2). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HZ-HUMANOID-01",
  document: "HZ-HUMANOID",
  numberAsWritten: "一",
  category: "key-tech",
  type: "N",
  quotes: [
    "将人形机器人整机、软件算法及关键零部件列入市重点科研项目支持范围,梳理形成攻关清单,推动人形机器人“大脑、小脑、肢体”等关键技术攻关。",
    "将人形机器人通用人工智能大模型列入重点支持的人工智能专用模型,将相关开源算法平台列入人工智能市级开源开放示范平台。",
  ],
  summary: {
    en: "Humanoid robots, algorithms and components are added to the municipal key research program scope (brain / cerebellum / limbs). Innovation consortia are encouraged. Humanoid general AI models count as key-supported AI models, and open-source algorithm platforms as municipal open-source demonstration platforms.",
    zh: "将人形机器人整机、软件算法及关键零部件列入市重点科研项目支持范围，推动“大脑、小脑、肢体”等关键技术攻关；鼓励组建创新联合体；人形机器人通用人工智能大模型列入重点支持的人工智能专用模型，相关开源算法平台列入市级开源开放示范平台。",
  },
  departments: "市科技局、市经信局 (lead: 市科技局)",
};
