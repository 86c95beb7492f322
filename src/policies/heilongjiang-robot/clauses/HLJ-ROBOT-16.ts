/** HLJ-ROBOT-16: talent programmes and research funding for robot teams (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-16",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（四）16",
  category: "talent",
  type: "N",
  quotes: [
    "通过省级人才计划对智能机器人领域科技创新领军人才团队予以支持，设立评审单独赛道，保证高层次人才队伍实现可持续发展。",
    "通过省自然科学基金项目支持智能机器人领域青年科技人员开展创新研究，培育打造优秀科研团队。",
  ],
  summary: {
    en: "A separate review track in provincial talent programs for robot leading-talent teams; provincial NSF support for young researchers; industry–education training bases; skills competitions.",
    zh: "省级人才计划为智能机器人领军人才团队设立评审单独赛道；省自然科学基金支持青年科技人员；共建产教融合实训基地；举办技能大赛。",
  },
  departments:
    "省科技厅、省发展改革委、省工业和信息化厅、省教育厅，各市（地）人民政府（行署）按职能分工负责",
};
