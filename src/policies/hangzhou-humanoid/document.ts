import type { PolicyDocument } from "../../catalog/types";
import { HUMANOID } from "../sectors";

/** Spec §3.2. */
export const document = {
  id: "HZ-HUMANOID" as const,
  title: {
    zh: "杭州市促进人形机器人产业创新发展的若干政策措施",
    en: "Several Policy Measures of Hangzhou to Promote the Innovative Development of the Humanoid Robot Industry",
  },
  effective: { date: "2025-01-22" },
  expiry: { date: "2027-12-31" },
  status: "final",
  stackingRule: "本政策措施与本市各级其他同类政策有重叠的,按照“从优、就高、不重复”的原则执行。",
  sourceFolder: "hangzhou-humanoid",
  validity: { basis: "§3.6: 2025-01-22 (施行, not the 2024-12-20 signing date) … 2027-12-31" },
  location: { code: "HANGZHOU" as const, label: { en: "Hangzhou", zh: "杭州" } },
  sectors: [HUMANOID],
} satisfies PolicyDocument;
