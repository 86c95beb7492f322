import type { PolicyDocument } from "../../catalog/types";
import { HUMANOID, ROBOTS } from "../sectors";

/** Spec §3.5. The effective date is inferred from 「现予以印发，请遵照执行」; no expiry is stated. */
export const document = {
  id: "BJ-ROBOT" as const,
  title: {
    zh: "北京市促进机器人产业创新发展的若干措施",
    en: "Several Measures of Beijing Municipality to Promote the Innovative Development of the Robot Industry",
  },
  issuer: {
    zh: "北京市经济和信息化局",
    en: "Beijing Municipal Bureau of Economy and Information Technology",
  },
  number: "京经信发〔2023〕46号",
  issued: { date: "2023-08-16", certainty: "stated", basis: "2023 年 8 月 16 日" },
  effective: {
    date: "2023-08-16",
    certainty: "inferred",
    basis: "现予以印发，请遵照执行 implies immediate effect",
  },
  expiry: { certainty: "unknown", basis: "no term stated in the text" },
  status: "final",
  region: { zh: "北京", en: "Beijing" },
  sourceFolder: "beijing-robot",
  notes: {
    en: "No stacking rule stated; BJ-ROBOT-09 excludes products that received fiscal funds. No responsible department per measure.",
    zh: "文中未规定叠加规则；第（九）条限于未获得财政资金支持的产品。各条未列责任单位。",
  },
  validity: {
    // §3.6: no term stated; treated as in force to the end of the same bureau's companion
    // 北京市机器人产业创新发展行动方案（2023—2025年）, unknown after that.
    assumedTo: "2025-12-31",
    afterTo: { unknown: "BJ-ROBOT states no term; confirm the measures still apply" },
    basis:
      "§3.6: 2023-08-16 (inferred from 「现予以印发，请遵照执行」) … 2025-12-31 (end of the companion 2023—2025 action plan); unknown after",
  },
  location: { code: "BEIJING" as const, label: { en: "Beijing", zh: "北京" } },
  sectors: [ROBOTS, HUMANOID],
} satisfies PolicyDocument;
