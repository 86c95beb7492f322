/** BJ-ROBOT-10: robot firms becoming smart-manufacturing solution providers, no money (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-10",
  document: "BJ-ROBOT",
  numberAsWritten: "三（十）",
  category: "other",
  type: "N",
  quotes: [
    "支持机器人企业向智能制造系统解决方案供应商转型，鼓励“新智造 100”工程项目优先采用自主创新的工业软件和机器人产品相结合的系统解决方案",
  ],
  summary: {
    en: "Firms are encouraged to become smart-manufacturing solution providers; 「新智造 100」 projects prefer home-grown software plus robot solutions.",
    zh: "支持机器人企业向智能制造系统解决方案供应商转型；“新智造100”工程项目优先采用自主创新的工业软件与机器人产品相结合的解决方案。",
  },
  departments: NONE,
};
