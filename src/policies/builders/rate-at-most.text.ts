/** The help text of a `rateAtMost` parameter (rate-at-most.ts), worded from the record's maximum. */
import type { Text } from "../../catalog/types";

/**
 * `label` names the rate ("Subsidy rate" / "补贴比例"), `quote` is the words of the text that set the bound,
 * `max` the record's constant; `lead` opens the help when it says more than the label.
 */
export const rateAtMostHelp = (
  label: Text,
  quote: string,
  max: number,
  lead: Text = label
): Text => ({
  en: `${lead.en}; default ${max.toFixed(2)}, the maximum (${quote}). A value above ${max.toFixed(2)} returns #NUM!.`,
  zh: `${lead.zh}，默认${max.toFixed(2)}即上限（${quote}）。超过${max.toFixed(2)}返回#NUM!。`,
});
