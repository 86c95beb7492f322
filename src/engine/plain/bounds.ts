/**
 * Arithmetic for the fused fast paths on plain doubles: a value is a double `v` with a bound `e` on its
 * distance from the exact decimal result (arguments and constants read at 15 significant digits, spec
 * §2.1) — FastCalc's bounds (calc/fast-calc.ts), kept in a shape's local variables instead of boxes. A
 * decision the bound leaves open throws NEEDS_EXACT, and computeAward takes the full path instead.
 */
import { productError, readingError, U } from "../calc/fast-calc";
import { NEEDS_EXACT } from "../calc/types";
import { MAX_AMOUNT } from "../money";
import type { ThresholdOp } from "../shapes/threshold";

/** The bound of the double p = x × y, for x within ex and y within ey of their exact values. */
export const productBound = (x: number, ex: number, y: number, ey: number, p: number): number =>
  Math.abs(x) * ey + Math.abs(y) * ex + ex * ey + productError(x, y, p);

/**
 * x ≥ limit (">=", 「以上」) or x > limit (">", 「超过」) for x within ex of its exact value and a constant
 * limit; NEEDS_EXACT when the gap is within the bounds (where exact doubles are compared exactly).
 */
export function meetsPlain(x: number, ex: number, limit: number, op: ThresholdOp): boolean {
  const tol = ex + readingError(limit);
  if (tol > 0 && Math.abs(x - limit) <= tol * (1 + 4 * U)) throw NEEDS_EXACT;
  return op === ">" ? x > limit : x >= limit;
}

/**
 * The award of a value `v` within `e` of the exact X, under a ceiling `c` within `ce` of the exact C (the least
 * cap or room X passed; Infinity: none): min(round_half_away(max(0, X)), floor_to_fen(C)) in yuan — the engine's
 * floor at 0 and rounding, as ExactCalc.finish gives them — or NEEDS_EXACT when X lies within its bound of a
 * half fen, a rounded award within the bound of C's floor to the fen, or above 10 trillion.
 */
export function awardOf(v: number, e: number, c: number, ce: number): number {
  if (v + e > MAX_AMOUNT) throw NEEDS_EXACT;
  // max(0, ·) moves no value farther from its exact counterpart, so the bound holds for the floored value.
  const fen = Math.max(0, v) * 100;
  const tol = 100 * e + fen * U; // the × 100 rounds once more
  const below = Math.floor(fen);
  const fraction = fen - below; // exact for 0 ≤ fen < 2^52
  if (Math.abs(fraction - 0.5) <= tol) throw NEEDS_EXACT;
  const rounded = fraction > 0.5 ? below + 1 : below;
  // A ceiling is never below 0 where the award is not 0 (X ≤ C), so 0 needs no ceiling test.
  if (rounded === 0 || c === Infinity) return rounded / 100;
  const capFen = c * 100;
  const capTol = ce === 0 && Math.trunc(c) === c ? 0 : 100 * ce + capFen * 2 * U;
  if (rounded <= capFen - capTol) return rounded / 100;
  // The cap may cut the rounded award: floor_to_fen(C), when the bound leaves it one fen.
  const most = Math.floor(capFen - capTol);
  if (most !== Math.floor(capFen + capTol)) throw NEEDS_EXACT;
  return Math.min(rounded, most) / 100;
}
