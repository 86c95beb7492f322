/** HLJ-AI-16: talent-plan funding for AI talent (spec §4.4; N-$: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-16",
  document: "HLJ-AI",
  numberAsWritten: "四、16",
  category: "talent",
  type: "N-$",
  quotes: [
    "优化实施省级人才支持计划，支持在人工智能领域取得重要创新成果、突破关键核心技术、引领战略性新兴产业发展，或者拥有核心自主知识产权在我省创办科技型企业、能够产生显著经济效益的海内外人才申报我省人才支持计划，并按规定给予入选者相应经费支持，必要时采取“一事一议”方式重点支持。",
  ],
  summary: {
    en: "Talent-plan funding for selected AI talent under existing rules (no amount); exceptional promotion in professional titles; skill-master studios.",
    zh: "人工智能领域人才入选省级人才支持计划的，按规定给予相应经费支持（未定金额），必要时“一事一议”；支持职称破格晋升和技能大师工作室建设。",
  },
  departments: "省教育厅、省科技厅、省人力资源社会保障厅",
};
