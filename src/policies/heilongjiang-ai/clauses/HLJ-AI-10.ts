/** HLJ-AI-10: smart terminals in the consumer trade-in subsidy (spec §4.4; N: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-10",
  document: "HLJ-AI",
  numberAsWritten: "三、10",
  category: "other",
  type: "N",
  quotes: ["鼓励将智能家居机器人、智能眼镜、智能健康等智能终端产品纳入消费品以旧换新补贴范围。"],
  summary: {
    en: "Smart terminals are added to the consumer trade-in subsidy scope. The money goes to consumers, not to the company.",
    zh: "鼓励将智能家居机器人、智能眼镜、智能健康等智能终端纳入消费品以旧换新补贴范围；补贴给消费者，而非企业。",
  },
  departments: "省商务厅、省财政厅",
};
