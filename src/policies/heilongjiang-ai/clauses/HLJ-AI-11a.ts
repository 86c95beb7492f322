/** HLJ-AI-11a: support for major AI events (spec §4.4; N-$: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-11a",
  document: "HLJ-AI",
  numberAsWritten: "三、11",
  category: "other",
  type: "N-$",
  quotes: [
    "支持企业、高校、科研院所举办人工智能高水平赛事、学术研讨、产学研对接等活动，力争打造具有全国影响力的活动，对重大活动予以支持保障。",
  ],
  summary: {
    en: 'Major AI competitions, seminars and matchmaking events are "supported and safeguarded" (no amount).',
    zh: "支持举办人工智能高水平赛事、学术研讨、产学研对接等活动，对重大活动予以支持保障（未定金额）。",
  },
  departments: "省发展改革委、省教育厅、省科技厅、省工业和信息化厅、省商务厅、省财政厅、省数据局",
};
