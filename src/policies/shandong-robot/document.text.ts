/** SD-ROBOT's register prose: issuer, number, dates and how they are known, region, notes (pane and docs only). */
import type { DocumentText } from "../../catalog/types";

export const document: DocumentText = {
  id: "SD-ROBOT",
  issuer: { zh: "文中未载明", en: "not stated in the text" },
  issued: { certainty: "unknown", basis: "the draft is undated" },
  effective: {
    certainty: "unknown",
    basis: "not stated; the text speaks of 「政策实施期内」 and the title of 2025-2027",
  },
  expiry: {
    certainty: "unknown",
    basis: "not stated; the plan period suggests 2027-12-31, but that is inferred, not stated",
  },
  region: { zh: "山东", en: "Shandong" },
  notes: {
    en: "Draft for comment (征求意见稿): not in force, amounts may change. No stacking rule stated. Measures numbered SD-ROBOT-01…21 in this catalog.",
    zh: "征求意见稿：尚未施行，金额可能调整。文中未规定叠加规则。本目录按SD-ROBOT-01至21顺序编号。",
  },
};
