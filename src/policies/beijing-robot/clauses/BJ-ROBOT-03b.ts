/** BJ-ROBOT-03b: SME public-service demonstration platforms rewarded on service performance, no amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { MEASURE_3 } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-03b",
  document: "BJ-ROBOT",
  numberAsWritten: "一（三）",
  category: "pilot-platform",
  type: "N-$",
  quotes: ["纳入市级中小企业公共服务示范平台的，根据服务绩效予以奖励。"],
  summary: {
    en: "Platforms listed as municipal SME public-service demonstration platforms are rewarded according to service performance (no amount).",
    zh: "纳入市级中小企业公共服务示范平台的，根据服务绩效予以奖励（未规定金额）。",
  },
  departments: MEASURE_3,
};
