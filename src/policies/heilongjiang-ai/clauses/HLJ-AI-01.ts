/** HLJ-AI-01: AI key-technology projects in the provincial key R&D program (spec §4.4; N-$: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-01",
  document: "HLJ-AI",
  numberAsWritten: "一、1",
  category: "key-tech",
  type: "N-$",
  quotes: [
    "通过“揭榜挂帅”、“赛马”等方式，在省重点研发计划中围绕人工智能行业及垂直大模型、基础软件、智能硬件等领域开展关键核心技术攻关，对符合条件的项目给予支持。",
  ],
  // The 5,000,000–10,000,000 band is HLJ-ROBOT-03's (its constants floor and cap). Typed here until that
  // record is a module of its own: importing heilongjiang-robot/clauses.ts from here would close an import
  // cycle, since it imports this document's list for HLJ-AI-08.
  summary: {
    en: "AI key-technology projects in the provincial key R&D program, plus a provincial NSF guide for AI-for-science. Qualifying projects are supported (no amount). This is the same program as HLJ-ROBOT-03, which does quantify it at 5–10M.",
    zh: "通过“揭榜挂帅”“赛马”等方式，在省重点研发计划中支持人工智能关键核心技术攻关，并在省自然科学基金中征集人工智能赋能科研项目指南；符合条件的项目给予支持（未定金额）。与HLJ-ROBOT-03属同一计划，后者定为500万元-1000万元。",
  },
  departments: "省发展改革委、省科技厅、省工业和信息化厅、省财政厅",
};
