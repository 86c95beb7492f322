/** BJ-ROBOT's register prose: issuer, number, dates and how they are known, region, notes (pane and docs only). */
import type { DocumentText } from "../../catalog/types";

export const document: DocumentText = {
  id: "BJ-ROBOT",
  issuer: {
    zh: "北京市经济和信息化局",
    en: "Beijing Municipal Bureau of Economy and Information Technology",
  },
  number: "京经信发〔2023〕46号",
  issued: { date: "2023-08-16", certainty: "stated", basis: "2023 年 8 月 16 日" },
  effective: { certainty: "inferred", basis: "现予以印发，请遵照执行 implies immediate effect" },
  expiry: { certainty: "unknown", basis: "no term stated in the text" },
  region: { zh: "北京", en: "Beijing" },
  notes: {
    en: "No stacking rule stated; BJ-ROBOT-09 excludes products that received fiscal funds. No responsible department per measure.",
    zh: "文中未规定叠加规则；第（九）条限于未获得财政资金支持的产品。各条未列责任单位。",
  },
};
