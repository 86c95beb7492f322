/** BJ-ROBOT-04: faster land approvals and fixed-asset support for standard factories under existing policies (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-04",
  document: "BJ-ROBOT",
  numberAsWritten: "二（四）",
  category: "land-space",
  type: "N-$",
  quotes: [
    "对企业购置研发、生产用地，加快审批进度，实现“拿地即开工”。经授权的产业园区开发企业建设的机器人标准厂房项目，按照现有政策予以固定资产投资支持。",
  ],
  summary: {
    en: 'Faster land approvals ("start construction on acquiring land"). Standard-factory projects by authorised park developers get fixed-asset-investment support under existing policies (no amount).',
    zh: "企业购置研发、生产用地加快审批，实现“拿地即开工”；经授权的园区开发企业建设的机器人标准厂房项目，按现有政策给予固定资产投资支持（未规定金额）。",
  },
  departments: NONE,
};
