/**
 * Decimal rates as percentages. × 100 in doubles leaves artefacts (0.035 × 100 = 3.5000000000000004), so
 * the product is read back at 12 significant digits, far above any rate a policy states.
 */

/** 0.035 → 3.5: a decimal rate in percentage points, as a number. */
export const percentPoints = (rate: number): number => parseFloat((rate * 100).toPrecision(12));

/** 0.035 → "3.5%". */
export function percent(rate: number): string {
  return `${percentPoints(rate)}%`;
}
