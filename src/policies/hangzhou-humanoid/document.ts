import type { PolicyDocument } from "../../catalog/types";
import { HUMANOID } from "../sectors";

/** Spec §3.2. */
export const document = {
  id: "HZ-HUMANOID" as const,
  title: {
    zh: "杭州市促进人形机器人产业创新发展的若干政策措施",
    en: "Several Policy Measures of Hangzhou to Promote the Innovative Development of the Humanoid Robot Industry",
  },
  issuer: {
    zh: "杭州市人民政府办公厅",
    en: "General Office of the Hangzhou Municipal People's Government",
  },
  number: "杭政办函〔2024〕66号",
  issued: { date: "2024-12-20", certainty: "stated", basis: "2024年12月20日" },
  effective: { date: "2025-01-22", certainty: "stated", basis: "本政策措施自2025年1月22日起施行" },
  expiry: { date: "2027-12-31", certainty: "stated", basis: "有效期至2027年12月31日" },
  status: "final",
  stackingRule: "本政策措施与本市各级其他同类政策有重叠的,按照“从优、就高、不重复”的原则执行。",
  region: { zh: "杭州", en: "Hangzhou" },
  sourceFolder: "hangzhou-humanoid",
  notes: {
    en: "The term may be adjusted (实施期限将根据经济形势和产业发展情况动态调整). Measures 一–十; the first unit listed leads.",
    zh: "实施期限将根据经济形势和产业发展情况动态调整。共十条措施，列第一位的责任单位为牵头单位。",
  },
  validity: { basis: "§3.6: 2025-01-22 (施行, not the 2024-12-20 signing date) … 2027-12-31" },
  location: { code: "HANGZHOU" as const, label: { en: "Hangzhou", zh: "杭州" } },
  sectors: [HUMANOID],
} satisfies PolicyDocument;
