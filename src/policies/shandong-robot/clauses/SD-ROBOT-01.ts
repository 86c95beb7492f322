/** SD-ROBOT-01 (N-$): key technologies and the upgraded 「揭榜挂帅」: breakthroughs supported under the rules, no amount. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-01",
  document: "SD-ROBOT",
  numberAsWritten: "二（一）1",
  category: "key-tech",
  type: "N-$",
  quotes: [
    "实施关键技术攻关和企业技术问题解决“揭榜挂帅”升级版，对符合条件的重大技术突破按规定给予政策支持。",
  ],
  summary: {
    en: 'Robot frontier technologies are put into provincial S&T plans, and an upgraded "unveil-the-list" scheme runs. Qualifying major breakthroughs are supported under the rules (no amount).',
    zh: "机器人前沿技术列入省级科技计划重点方向，实施“揭榜挂帅”升级版；对符合条件的重大技术突破按规定给予政策支持（未规定金额）。",
  },
  departments: "省科技厅、省工业和信息化厅、省教育厅、省人力资源社会保障厅",
};
