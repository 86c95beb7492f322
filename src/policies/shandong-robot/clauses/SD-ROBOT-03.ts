/** SD-ROBOT-03 (N): technology transfer and scenario-friendly units. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-03",
  document: "SD-ROBOT",
  numberAsWritten: "二（一）3",
  category: "industrialization",
  type: "N",
  quotes: [
    "支持高校和科研院所通过“赋权+转让+约定收益”等新模式，加快以应用场景驱动科技成果转化，每年认定一批场景应用友好单位。",
  ],
  summary: {
    en: 'Technology-transfer marketplace ("山东科技大市场"), databases of transferable results and of enterprise needs, new transfer models, and yearly recognition of "scenario-friendly" units.',
    zh: "建设“山东科技大市场”、可转化成果数据库和企业科技成果需求库，推广成果转化新模式，每年认定一批场景应用友好单位。",
  },
  departments: "省科技厅、省教育厅",
};
