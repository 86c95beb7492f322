/** BJ-ROBOT-14: talent, case-by-case deals and training, no money (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-14",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十四）",
  category: "talent",
  type: "N",
  quotes: ["支持机器人企业引进急需紧缺人才和卓越工程师，企业引进的特殊人才可“一事一议”研究。"],
  summary: {
    en: "Leading and urgently needed talent, case-by-case deals, an outstanding-engineer college, industry–education platforms, training bases, skills competitions.",
    zh: "引进领军人才和急需紧缺人才，特殊人才“一事一议”，建设卓越工程师学院、产教融合平台和实训基地，举办职业技能大赛。",
  },
  departments: NONE,
};
