/** SD-ROBOT-20 (N): fund investment and finance. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-20",
  document: "SD-ROBOT",
  numberAsWritten: "三（二）",
  category: "listing-finance",
  type: "N",
  quotes: ["对符合条件的机器人投资项目，政府出资收益可按一定比例或全额让渡给其他出资方。"],
  summary: {
    en: "Fund investment, with government returns ceded in part or in full to co-investors; patient capital; IP and equity-pledge loans; financial leasing; export credit.",
    zh: "基金投资，政府出资收益可按一定比例或全额让渡给其他出资方；发展耐心资本；知识产权和股权质押贷款；融资租赁；出口信贷。",
  },
  departments:
    "省财政厅、省委金融办、人民银行山东省分行、山东金融监管局、山东证监局、青岛金融监管局、青岛证监局",
};
