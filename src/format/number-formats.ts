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

/**
 * One Intl.NumberFormat, built on first use: constructing one costs milliseconds on a cold page, and most
 * pages that import this module (the pane's first screen) format no number.
 */
function formatter(options: Intl.NumberFormatOptions): (n: number) => string {
  let made: Intl.NumberFormat | undefined;
  return (n) => (made ??= new Intl.NumberFormat("en-US", options)).format(n);
}

const yuan = formatter({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rate = formatter({ style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = formatter({ maximumFractionDigits: 0, useGrouping: false });
const quantity = formatter({ maximumFractionDigits: 2 });

/** `n` as Excel shows it under `numberFormat`. */
export function formatNumber(n: number, numberFormat: string | undefined): string {
  switch (numberFormat) {
    case YUAN_FORMAT:
      return yuan(n);
    case RATE_FORMAT:
      return rate(n);
    case COUNT_FORMAT:
      return whole(n);
    case QUANTITY_FORMAT:
      // Excel keeps the decimal point of a whole number in this format: "12."
      return Number.isInteger(Math.round(n * 100) / 100) ? `${quantity(n)}.` : quantity(n);
    default:
      return String(Number(n.toPrecision(11))); // General: up to 11 significant digits
  }
}
