/** HZ-HUMANOID-03a: support for newly established firms, by their first years' development (no amount). */
import type { Clause } from "../../../catalog/types";
import { DEPT } from "../shared";

export const clause: Clause = {
  id: "HZ-HUMANOID-03a",
  document: "HZ-HUMANOID",
  numberAsWritten: "三",
  category: "investment",
  type: "N-$",
  quotes: [
    "对新设立的人形机器人企业,根据企业落户后2年内的综合发展情况,按照国家法律法规及相关规定给予相应的政策支持。",
  ],
  summary: {
    en: "Newly established humanoid firms are supported, according to their development in the first 2 years after settling, under applicable rules (no amount).",
    zh: "新设立的人形机器人企业，根据落户后2年内的综合发展情况，按国家法律法规及相关规定给予相应政策支持（未规定金额）。",
  },
  departments: DEPT.m3,
};
