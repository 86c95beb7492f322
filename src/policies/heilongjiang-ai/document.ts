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
  issuer: {
    zh: "文中未载明（省级部门为责任单位）",
    en: "not stated (provincial: the responsible units are provincial departments)",
  },
  issued: {
    certainty: "unknown",
    basis:
      "not in the text; it implements the State Council's 「人工智能+」 opinions of August 2025, so no earlier than that",
  },
  effective: {
    certainty: "unknown",
    basis: "本政策措施自印发之日起实施 — the issue date, which is unknown",
  },
  expiry: {
    certainty: "unknown",
    basis: "有效期3年 from an unknown issue date: expiry = issue date + 3 years − 1 day once known",
  },
  status: "final",
  stackingRule:
    "符合本政策措施扶持条件的企业和项目，同时符合省其他领域有关政策扶持条件的，按照从高不重复的原则予以支持，另有规定除外。",
  region: { zh: "黑龙江", en: "Heilongjiang" },
  sourceFolder: "heilongjiang-ai",
  notes: {
    en: "Unsigned copy without notice header. Sections 一–四, measures 1–16.",
    zh: "无通知头和落款的文本。共四部分、16条措施。",
  },
  validity: {
    unknown: "HLJ-AI gives no issue date, so its window is unknown",
    basis: "§3.6: issue date unknown, 3 years (「有效期3年」)",
  },
  location: heilongjiang,
  sectors: [AI],
} satisfies PolicyDocument;
