/**
 * Money helpers. Amounts are yuan as JavaScript numbers; spec §2.4 bounds them at 10 trillion,
 * where 15 significant digits still hold the fen. Rounding therefore reads the value at 15
 * significant digits — the decimal number the arithmetic meant, without binary-float noise such as
 * 0.3 × 300,001 = 90000.29999999999 — and rounds that decimal half away from zero in integer fen.
 */
import { grouped } from "../format/money";

export const MAX_AMOUNT = 10_000_000_000_000;
/** How every "too large" message states the limit: "(at most 10,000,000,000,000)". */
export const AT_MOST_MAX = `(at most ${grouped(MAX_AMOUNT)})`;

/** Round to 0.01 yuan, half away from zero, free of binary-float artefacts (spec §2.1). */
export function roundFen(value: number): number {
  const abs = Math.abs(value);
  const sign = value < 0 ? -1 : 1;
  const fen = abs * 100;
  // A whole number of fen (within float error far below half a fen) needs no rounding.
  if (Number.isInteger(fen)) return (sign * fen) / 100;
  if (!Number.isFinite(value) || abs >= 1e15) return sign * Math.round(abs);
  if (abs < 1e-6) return 0;
  const below = Math.floor(fen);
  const fromHalf = fen - below - 0.5;
  // Away from a half-fen tie, the double and its 15-digit reading round to the same fen.
  if (Math.abs(fromHalf) > fen * 1e-13 + 1e-9) return (sign * Math.round(fen)) / 100;
  // From 100 billion yuan up, the 15th significant digit is the fen or coarser: the reading itself
  // rounds, so take it exactly.
  if (abs >= 1e11) return sign * roundFenByDecimalReading(abs);
  // Near a tie the 15-digit reading decides. Below 1e11 the midpoint (below + ½ fen) has at most 14
  // significant digits, so the reading equals it when the value lies within half a unit of its 15th
  // digit of it — then round half away from zero — and otherwise lies on the value's own side of it.
  // Only the narrow band around that half unit, where float error could tip the comparison, takes the
  // exact decimal reading.
  const halfUnit = halfUnitOf15thDigitInFen(abs);
  const margin = 0.1 * halfUnit + fen * 1e-15; // the product abs × 100 carries float error of ~fen × 2e-16
  const d = Math.abs(fromHalf);
  if (d < halfUnit - margin) return (sign * (below + 1)) / 100;
  if (d > halfUnit + margin) return (sign * (fromHalf > 0 ? below + 1 : below)) / 100;
  return sign * roundFenByDecimalReading(abs);
}

/** Decimal exponents 1e-6 … 1e10 and, for each, half a unit of the 15th significant digit in fen. */
const EXPONENTS = Array.from({ length: 17 }, (_, i) => i - 6);
const POWERS = EXPONENTS.map((e) => Number(`1e${e}`));
const HALF_UNITS = EXPONENTS.map((e) => Number(`5e${e - 13}`)); // 0.5 × 10^(e−14) yuan = 50 × 10^(e−14) fen

/** Half a unit of the 15th significant digit of x (1e-6 ≤ x < 1e11), in fen; a table, as `10 ** e` is slow. */
function halfUnitOf15thDigitInFen(x: number): number {
  let i = POWERS.length - 1;
  while (i > 0 && POWERS[i] > x) i -= 1;
  return HALF_UNITS[i];
}

/** The slow, exact path: read the value at 15 significant digits and round that decimal in integer fen. */
function roundFenByDecimalReading(abs: number): number {
  const [whole, fraction = ""] = abs.toPrecision(15).split(".");
  const firstTwo = Number(fraction.slice(0, 2).padEnd(2, "0"));
  const roundUp = fraction.length > 2 && fraction.charCodeAt(2) >= 53; // third decimal ≥ "5"
  return (Number(whole) * 100 + firstTwo + (roundUp ? 1 : 0)) / 100;
}

/** The room left under an annual or cumulative cap (spec §2.3 step 6). */
export function remainingCap(cap: number, received: number): number {
  return Math.max(0, cap - received);
}
