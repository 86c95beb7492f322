import type { PolicyDocument } from "../../catalog/types";
import { HUMANOID, ROBOTS } from "../sectors";

/** Spec §3.3: a draft for comment, not in force. */
export const document = {
  id: "SD-ROBOT" as const,
  title: {
    zh: "山东省机器人产业高质量发展行动计划（2025-2027年）（征求意见稿）",
    en: "Shandong Province Action Plan for the High-Quality Development of the Robot Industry (2025–2027) (Draft for Comment)",
  },
  effective: {},
  expiry: {},
  status: "draft",
  sourceFolder: "shandong-robot",
  validity: {
    unknown: "SD-ROBOT is a draft for comment (征求意见稿), not in force",
    basis: "§3.6: draft for comment, not in force",
  },
  location: { code: "SHANDONG" as const, label: { en: "Shandong", zh: "山东" } },
  sectors: [ROBOTS, HUMANOID],
} satisfies PolicyDocument;
