/**
 * The Excel number formats the sheets and the pane write, and how the preview shows a number under each
 * (en-US separators, as Excel's defaults); any other format shows as Excel's General.
 */

/** Yuan to the fen, grouped: 1,234,567.89. */
export const YUAN_FORMAT = "#,##0.00";
/** A decimal rate as a percentage: 0.3 → 30.00%. */
export const RATE_FORMAT = "0.00%";
/** Whole numbers without grouping (counts, year indexes, years). */
export const COUNT_FORMAT = "0";
/** m², months, years: grouped, up to two decimals. */
export const QUANTITY_FORMAT = "#,##0.##";

const yuan = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const rate = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, useGrouping: false });
const quantity = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** `n` as Excel shows it under `numberFormat`. */
export function formatNumber(n: number, numberFormat: string | undefined): string {
  switch (numberFormat) {
    case YUAN_FORMAT:
      return yuan.format(n);
    case RATE_FORMAT:
      return rate.format(n);
    case COUNT_FORMAT:
      return whole.format(n);
    case QUANTITY_FORMAT:
      // Excel keeps the decimal point of a whole number in this format: "12."
      return Number.isInteger(Math.round(n * 100) / 100)
        ? `${quantity.format(n)}.`
        : quantity.format(n);
    default:
      return String(Number(n.toPrecision(11))); // General: up to 11 significant digits
  }
}
