import type { PolicyDocument } from "../../catalog/types";
import { heilongjiang } from "../heilongjiang-robot/document";
import { AI } from "../sectors";

/** Spec §3.4: issue date unknown, so the 3-year window is unknown too. */
export const document = {
  id: "HLJ-AI" as const,
  title: {
    zh: "黑龙江省支持人工智能创新发展若干政策措施",
    en: "Several Policy Measures of Heilongjiang Province to Support the Innovative Development of Artificial Intelligence",
  },
  effective: {},
  expiry: {},
  status: "final",
  stackingRule:
    "符合本政策措施扶持条件的企业和项目，同时符合省其他领域有关政策扶持条件的，按照从高不重复的原则予以支持，另有规定除外。",
  sourceFolder: "heilongjiang-ai",
  validity: {
    unknown: "HLJ-AI gives no issue date, so its window is unknown",
    basis: "§3.6: issue date unknown, 3 years (「有效期3年」)",
  },
  location: heilongjiang,
  sectors: [AI],
} satisfies PolicyDocument;
