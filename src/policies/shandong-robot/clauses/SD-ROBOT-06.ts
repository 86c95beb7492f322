/** SD-ROBOT-06 (N): chain investment attraction and key projects. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-06",
  document: "SD-ROBOT",
  numberAsWritten: "二（二）2",
  category: "investment",
  type: "N",
  quotes: ["鼓励各地将符合条件的机器人项目纳入重点项目予以支持，加强资源要素保障。"],
  summary: {
    en: "Industrial-chain investment attraction; qualifying robot projects are listed as key projects with factor guarantees.",
    zh: "开展产业链精准招商；符合条件的机器人项目纳入重点项目予以支持，加强资源要素保障。",
  },
  departments: "省商务厅、省发展改革委",
};
