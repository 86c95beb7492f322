/** BJ-ROBOT-11: support for leading standards work, no money (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-11",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十一）",
  category: "standards",
  type: "N",
  quotes: [
    "支持在京单位主导研究制定机器人领域国际标准、国家标准、行业标准等，提升标准制定和实施能力。",
  ],
  summary: {
    en: "Support for leading international, national, industry and group standards. No money is stated, unlike SD-ROBOT-04.",
    zh: "支持在京单位主导制定国际标准、国家标准、行业标准和团体标准。未规定资金，与SD-ROBOT-04不同。",
  },
  departments: NONE,
};
