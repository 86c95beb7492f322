/**
 * How the preview grid shows a computed value: the number formats the pane writes (amounts #,##0.00,
 * rates 0.00%, counts 0, quantities #,##0.##), otherwise Excel's General (text "@" shows numbers as
 * General too). en-US separators, as Excel's defaults.
 */
import type { Computed } from "../../host/memory";

const amount = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, useGrouping: false });
const quantity = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(n: number, numberFormat: string | undefined): string {
  switch (numberFormat) {
    case "#,##0.00":
      return amount.format(n);
    case "0.00%":
      return percent.format(n);
    case "0":
      return whole.format(n);
    case "#,##0.##":
      // Excel keeps the decimal point of a whole number in this format: "12."
      return Number.isInteger(Math.round(n * 100) / 100)
        ? `${quantity.format(n)}.`
        : quantity.format(n);
    default:
      return String(Number(n.toPrecision(11))); // General: up to 11 significant digits
  }
}

/** The text of a cell; `pending` while the formula engine loads. */
export function cellText(
  computed: Computed,
  numberFormat: string | undefined,
  pending: string
): string {
  if (computed.kind === "pending") return pending;
  if (computed.kind === "error") return computed.code;
  const v = computed.value;
  if (v === null) return "";
  if (typeof v === "number") return formatNumber(v, numberFormat);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}
