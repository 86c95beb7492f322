/** HZ-HUMANOID-02a: the industry innovation platform, managed as a municipal innovation center (no amount). */
import type { Clause } from "../../../catalog/types";
import { DEPT } from "../shared";

export const clause: Clause = {
  id: "HZ-HUMANOID-02a",
  document: "HZ-HUMANOID",
  numberAsWritten: "二",
  category: "innovation-platform",
  type: "N-$",
  quotes: [
    "建设人形机器人产业创新平台,将其纳入市级制造业创新中心管理并给予支持,力争三年内建成省级制造业创新中心,积极争创国家级创新平台。",
  ],
  summary: {
    en: "The humanoid-robot industry innovation platform is managed as a municipal manufacturing innovation center and supported (no amount).",
    zh: "人形机器人产业创新平台纳入市级制造业创新中心管理并给予支持（未规定金额）。",
  },
  departments: DEPT.m2,
};
