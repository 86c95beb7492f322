/** HZ-HUMANOID's register prose: issuer, number, dates and how they are known, region, notes (pane and docs only). */
import type { DocumentText } from "../../catalog/types";

export const document: DocumentText = {
  id: "HZ-HUMANOID",
  issuer: {
    zh: "杭州市人民政府办公厅",
    en: "General Office of the Hangzhou Municipal People's Government",
  },
  number: "杭政办函〔2024〕66号",
  issued: { date: "2024-12-20", certainty: "stated", basis: "2024年12月20日" },
  effective: { certainty: "stated", basis: "本政策措施自2025年1月22日起施行" },
  expiry: { certainty: "stated", basis: "有效期至2027年12月31日" },
  region: { zh: "杭州", en: "Hangzhou" },
  notes: {
    en: "The term may be adjusted (实施期限将根据经济形势和产业发展情况动态调整). Measures 一–十; the first unit listed leads.",
    zh: "实施期限将根据经济形势和产业发展情况动态调整。共十条措施，列第一位的责任单位为牵头单位。",
  },
};
