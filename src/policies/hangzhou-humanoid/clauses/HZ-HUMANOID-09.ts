/** HZ-HUMANOID-09: a humanoid track in the outstanding-engineer selection, and talent measures (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HZ-HUMANOID-09",
  document: "HZ-HUMANOID",
  numberAsWritten: "九",
  category: "talent",
  type: "N",
  quotes: ["在市级卓越工程师遴选认定中单列人形机器人赛道,设置专项认定名额。"],
  summary: {
    en: 'A dedicated humanoid track and quota in the municipal "outstanding engineer" selection; talent authorisation for key firms; industry–education platforms.',
    zh: "市级卓越工程师遴选认定单列人形机器人赛道并设专项名额；优化重点企业人才授权认定；共建产教融合平台。",
  },
  departments: "市经信局、市委人才办、市人力社保局、市教育局",
};
