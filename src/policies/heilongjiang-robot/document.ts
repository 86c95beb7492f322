import type { ScenarioLocation, PolicyDocument } from "../../catalog/types";
import { HUMANOID, ROBOTS } from "../sectors";

/** Both Heilongjiang documents apply in the province (HLJ-AI names this record too). */
export const heilongjiang = {
  code: "HEILONGJIANG" as const,
  label: { en: "Heilongjiang (e.g. Harbin)", zh: "黑龙江（如哈尔滨）" },
} satisfies ScenarioLocation;

/** Spec §3.1. */
export const document = {
  id: "HLJ-ROBOT" as const,
  title: {
    zh: "黑龙江省支持智能机器人产业发展若干政策措施",
    en: "Several Policy Measures of Heilongjiang Province to Support the Development of the Intelligent Robot Industry",
  },
  issuer: {
    zh: "黑龙江省人民政府办公厅",
    en: "General Office of the Heilongjiang Provincial People's Government",
  },
  issued: { date: "2026-04-17", certainty: "stated", basis: "2026年4月17日" },
  effective: { date: "2026-04-17", certainty: "stated", basis: "本政策自印发之日起实施" },
  expiry: { date: "2028-12-31", certainty: "stated", basis: "有效期至2028年12月31日" },
  status: "final",
  stackingRule:
    "符合本政策，同时符合我省其他扶持政策规定的，按照从优、就高、不重复的原则予以支持，另有规定的除外。",
  region: { zh: "黑龙江", en: "Heilongjiang" },
  sourceFolder: "heilongjiang-robot",
  notes: {
    en: "No document number in the text. Measures 1–17 numbered continuously under 二、政策措施.",
    zh: "文中无文号。“二、政策措施”下第1–17条连续编号。",
  },
  validity: {
    basis:
      "§3.6: 2026-04-17 (「本政策自印发之日起实施」) … 2028-12-31 (「有效期至2028年12月31日」)",
  },
  location: heilongjiang,
  sectors: [ROBOTS, HUMANOID],
} satisfies PolicyDocument;
