/** BJ-ROBOT-16: the industry alliance and the 「服务包」 service system, no money (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-16",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十六）",
  category: "other",
  type: "N",
  quotes: ["对机器人重点企业通过市区两级“服务包”体系做好服务。"],
  summary: {
    en: 'A robot industry alliance, regular enterprise roundtables, and the municipal/district "service package" system.',
    zh: "组建机器人产业联盟，定期举办企业座谈会，通过市区两级“服务包”体系做好服务。",
  },
  departments: NONE,
};
