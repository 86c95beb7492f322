/** SD-ROBOT-19 (N): the chain-leader mechanism. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-19",
  document: "SD-ROBOT",
  numberAsWritten: "三（一）",
  category: "other",
  type: "N",
  quotes: [
    "扎实实施标志性产业链“链长制”，深入开展产业链重大问题调查研究，加强跨部门协同合作，推动各类资源要素向机器人产业链集聚。",
  ],
  summary: {
    en: "The chain-leader (链长制) mechanism; cities are encouraged to issue their own measures.",
    zh: "实施产业链“链长制”；鼓励各市出台支持机器人产业发展的措施。",
  },
  departments: "省工业和信息化厅、各市人民政府",
};
