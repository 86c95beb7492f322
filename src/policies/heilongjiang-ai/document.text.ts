/** HLJ-AI's register prose: issuer, number, dates and how they are known, region, notes (pane and docs only). */
import type { DocumentText } from "../../catalog/types";

export const document: DocumentText = {
  id: "HLJ-AI",
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
  region: { zh: "黑龙江", en: "Heilongjiang" },
  notes: {
    en: "Unsigned copy without notice header. Sections 一–四, measures 1–16.",
    zh: "无通知头和落款的文本。共四部分、16条措施。",
  },
};
