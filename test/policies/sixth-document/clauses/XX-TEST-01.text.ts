/** The sixth document's clause prose. */
import type { ClauseNotes } from "../../../../src/catalog/types";
import { percent } from "../../../../src/format/percent";
import { clauseText } from "../../../../src/policies/builders/clause";
import type { XX_TEST_GRANT } from "./XX-TEST-01";

export const text = clauseText<typeof XX_TEST_GRANT>("XX_TEST_GRANT", (c) => ({
  description: {
    en: `${percent(c.rate)} of the equipment investment.`,
    zh: `设备投资额的${percent(c.rate)}。`,
  },
  formula: { en: `investment × ${percent(c.rate)}`, zh: `投资额 × ${percent(c.rate)}` },
  params: { investment: { en: "Equipment investment.", zh: "设备投资额。" } },
  // 1,000,000 × 10% = 100,000
  examples: [{ args: [1_000_000], expect: 100_000, arithmetic: "1,000,000 × 10% = 100,000" }],
}));

export const notes: ClauseNotes = {
  id: "XX-TEST-01",
  because: "按设备投资额的10%给予补助",
};
