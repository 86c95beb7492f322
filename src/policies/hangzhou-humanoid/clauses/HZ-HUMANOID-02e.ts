/** HZ-HUMANOID-02e: compute vouchers (算力券), on the terms of Hangzhou's separate scheme (no amount here). */
import type { Clause } from "../../../catalog/types";
import { DEPT } from "../shared";

export const clause: Clause = {
  id: "HZ-HUMANOID-02e",
  document: "HZ-HUMANOID",
  numberAsWritten: "二",
  category: "compute",
  type: "N-$",
  quotes: ["以算力券方式对人形机器人企业和科研平台进行算力支持。"],
  summary: {
    en: "Compute support via compute vouchers (算力券). No base, rate or cap is given here; the terms are those of Hangzhou's separate compute-voucher scheme.",
    zh: "以算力券方式对人形机器人企业和科研平台进行算力支持；此处未规定基数、比例或上限，按杭州市算力券政策执行。",
  },
  departments: DEPT.m2,
};
