/** HLJ-AI-09a: the provincial first-set and key-new-product policies for new AI products (spec §4.4; N-$: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-09a",
  document: "HLJ-AI",
  numberAsWritten: "三、9",
  category: "first-set",
  type: "N-$",
  quotes: [
    "支持新一代智能终端、智能体、智能芯片、智能装备、具身智能等新技术新产品研发，按规定享受省首台（套）、省重点新产品支持政策。",
  ],
  summary: {
    en: "New-generation terminals, agents, chips, equipment and embodied intelligence products get the provincial first-set and key-new-product policies. The amounts are set in those policies.",
    zh: "新一代智能终端、智能体、智能芯片、智能装备、具身智能等新产品，按规定享受省首台（套）、省重点新产品支持政策，金额由相关政策规定。",
  },
  departments: "省发展改革委、省工业和信息化厅、省财政厅",
};
