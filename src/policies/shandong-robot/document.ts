import type { PolicyDocument } from "../../catalog/types";
import { HUMANOID, ROBOTS } from "../sectors";

/** Spec §3.3: a draft for comment, not in force. */
export const document = {
  id: "SD-ROBOT" as const,
  title: {
    zh: "山东省机器人产业高质量发展行动计划（2025-2027年）（征求意见稿）",
    en: "Shandong Province Action Plan for the High-Quality Development of the Robot Industry (2025–2027) (Draft for Comment)",
  },
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
  status: "draft",
  region: { zh: "山东", en: "Shandong" },
  sourceFolder: "shandong-robot",
  notes: {
    en: "Draft for comment (征求意见稿): not in force, amounts may change. No stacking rule stated. Measures numbered SD-ROBOT-01…21 in this catalog.",
    zh: "征求意见稿：尚未施行，金额可能调整。文中未规定叠加规则。本目录按SD-ROBOT-01至21顺序编号。",
  },
  validity: {
    unknown: "SD-ROBOT is a draft for comment (征求意见稿), not in force",
    basis: "§3.6: draft for comment, not in force",
  },
  location: { code: "SHANDONG" as const, label: { en: "Shandong", zh: "山东" } },
  sectors: [ROBOTS, HUMANOID],
} satisfies PolicyDocument;
