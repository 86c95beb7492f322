/** SD-ROBOT-11b (N-$): provincial concept-verification centers: 「一定支持」, no amount. */
import type { Clause } from "../../../catalog/types";
import { DEPARTMENTS } from "../departments";

export const clause: Clause = {
  id: "SD-ROBOT-11b",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）4",
  category: "pilot-platform",
  type: "N-$",
  quotes: [
    "支持有条件的高校院所和企业建设概念验证中心，对认定的省级概念验证中心，按规定给予一定支持。",
  ],
  summary: {
    en: 'Recognised provincial concept-verification centers get "some support" under the rules (no base, rate or amount).',
    zh: "认定的省级概念验证中心按规定给予一定支持（未规定基数、比例或金额）。",
  },
  departments: DEPARTMENTS.m11,
};
