/** HLJ-ROBOT's register prose: issuer, number, dates and how they are known, region, notes (pane and docs only). */
import type { DocumentText } from "../../catalog/types";

export const document: DocumentText = {
  id: "HLJ-ROBOT",
  issuer: {
    zh: "黑龙江省人民政府办公厅",
    en: "General Office of the Heilongjiang Provincial People's Government",
  },
  issued: { date: "2026-04-17", certainty: "stated", basis: "2026年4月17日" },
  effective: { certainty: "stated", basis: "本政策自印发之日起实施" },
  expiry: { certainty: "stated", basis: "有效期至2028年12月31日" },
  region: { zh: "黑龙江", en: "Heilongjiang" },
  notes: {
    en: "No document number in the text. Measures 1–17 numbered continuously under 二、政策措施.",
    zh: "文中无文号。“二、政策措施”下第1–17条连续编号。",
  },
};
