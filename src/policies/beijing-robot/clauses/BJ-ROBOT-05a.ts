/** BJ-ROBOT-05a: institutions incubating robot SMEs rewarded on service performance, no amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-05a",
  document: "BJ-ROBOT",
  numberAsWritten: "二（五）",
  category: "other",
  type: "N-$",
  quotes: [
    "组织专业机构为机器人创新型中小企业和“专精特新”企业提供孵化、投资等服务，根据服务绩效对符合条件的机构予以奖励。",
  ],
  summary: {
    en: "Service institutions incubating robot SMEs are rewarded on performance (no amount).",
    zh: "为机器人创新型中小企业和“专精特新”企业提供孵化、投资等服务的专业机构，根据服务绩效予以奖励（未规定金额）。",
  },
  departments: NONE,
};
