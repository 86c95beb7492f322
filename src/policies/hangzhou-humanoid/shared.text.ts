/** Parameter help that several HZ-HUMANOID clause texts share (pane, docs and build only). */
import type { ParamSpec, Text } from "../../catalog/types";

/** Help for `excluded_assets` (shared.ts), deducted from the gross amount `what`. */
export const excludedAssetsHelp = (what: Text): Text => ({
  en: `Land, buildings and used equipment included in ${what.en}, in yuan; deducted because the text excludes them (「不含土地、厂房、旧设备」). Default 0.`,
  zh: `${what.zh}中所含的土地、厂房、旧设备金额，元；政策明确不计入（「不含土地、厂房、旧设备」），予以扣除。默认0。`,
});

/**
 * Help for the `rate` parameter of `fn`, a rate the text bounds from above (「不超过/不高于 r」): default r,
 * above r → #NUM!. It opens with the parameter's label; `max` is the record's constant and `quote` the words
 * of the text that set the bound.
 */
export function rateAtMostHelp(
  fn: { params: readonly ParamSpec[] },
  quote: string,
  max: number
): Text {
  const { label } = fn.params.find((p) => p.name === "rate")!;
  return {
    en: `${label.en}; default ${max.toFixed(2)}, the maximum (${quote}). A value above ${max.toFixed(2)} returns #NUM!.`,
    zh: `${label.zh}，默认${max.toFixed(2)}即上限（${quote}）。超过${max.toFixed(2)}返回#NUM!。`,
  };
}
