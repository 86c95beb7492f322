/** Wording and parameter specs that read the same in several documents' clause records. */
import { rate } from "../catalog/params";
import type { ParamSpec, Text } from "../catalog/types";

/**
 * A rate the text bounds from above (「不超过/不高于 r」): default r, above r → #NUM!. `label` names the rate
 * ("Subsidy rate" / "补贴比例"; also the parameter's label), `quote` is the words of the text that set the
 * bound, and `max` is the record's own constant. `lead` opens the description when it says more than the
 * label.
 */
export const rateAtMost = (
  name: string,
  label: Text,
  quote: string,
  max: number,
  lead: Text = label
): ParamSpec =>
  rate(
    name,
    label,
    {
      en: `${lead.en}; default ${max.toFixed(2)}, the maximum (${quote}). A value above ${max.toFixed(2)} returns #NUM!.`,
      zh: `${lead.zh}，默认${max.toFixed(2)}即上限（${quote}）。超过${max.toFixed(2)}返回#NUM!。`,
    },
    { default: max, max }
  );

export { wan } from "../format/money";
