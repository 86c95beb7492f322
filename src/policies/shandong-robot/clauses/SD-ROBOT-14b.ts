/** SD-ROBOT-14b (N-$): the 「四首」 policies and local support: amounts set elsewhere. */
import type { Clause } from "../../../catalog/types";
import { DEPARTMENTS } from "../departments";

export const clause: Clause = {
  id: "SD-ROBOT-14b",
  document: "SD-ROBOT",
  numberAsWritten: "二（四）2",
  category: "first-set",
  type: "N-$",
  quotes: [
    "利用“四首”政策支持新产品推广应用，降低产品市场推广风险。",
    "将机器人应用场景建设纳入国家智能工厂评价内容，鼓励各地在转型升级、智能制造等项目中给予政策支持。",
  ],
  summary: {
    en: 'The "four firsts" (四首) policies, for first sets, first batches, first versions and first uses, support new products. Local support in transformation and smart-manufacturing projects. Amounts are set elsewhere.',
    zh: "利用“四首”（首台套、首批次、首版次、首用）政策支持新产品推广应用；鼓励各地在转型升级、智能制造等项目中给予政策支持。金额另行规定。",
  },
  departments: DEPARTMENTS.m14,
};
