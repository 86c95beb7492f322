/**
 * Arithmetic for the fused fast paths on plain doubles: a value is a double `v` with a bound `e` on its
 * distance from the exact decimal result (arguments and constants read at 15 significant digits, spec
 * §2.1) — FastCalc's bounds (calc/fast-calc.ts), kept in a shape's local variables instead of boxes. A
 * decision the bound leaves open throws NEEDS_EXACT, and computeAward takes the full path instead.
 */
import { U } from "../calc/fast-calc";
import { NEEDS_EXACT } from "../calc/types";
import { MAX_AMOUNT } from "../money";
import type { ThresholdOp } from "../shapes/threshold";

// The helpers called per argument are written small, with literal constants (5e-15 is fast-calc's READING,
// 2^-53 its U), so that V8 inlines them into a shape's fast path: a call it does not inline costs more than
// the arithmetic, and a double it returns is a heap allocation. A constant's bound is worked out once, when
// its record loads, with fast-calc's readingError.

/**
 * A bound on the distance of an argument x ≥ 0 (as PlainArgs accepts) from its 15-digit reading, never
 * below readingError's (calc/fast-calc.ts) and cheaper: the same 0 for integers and multiples of 1/16, half a
 * unit of the 15th digit for every other value (short decimals too, whose tighter bound would decide only the
 * rare values within ~10^-14 of a threshold or a half fen, which the full path then decides).
 */
export function readingBound(x: number): number {
  const whole = x < 1e11 ? x * 16 : x;
  return Math.trunc(whole) === whole && x < 1e15 ? 0 : x * 5e-15 + Number.MIN_VALUE;
}

/**
 * The bound of the double p = x × y, for x within ex and y within ey of their exact values, counting the
 * product's own rounding always (fast-calc's productError, which finds the exact products of integers and
 * sixteenths, is for the few bounds where that matters: a ceiling made by a product).
 */
export const productBound = (x: number, ex: number, y: number, ey: number, p: number): number =>
  Math.abs(x) * ey + Math.abs(y) * ex + ex * ey + Math.abs(p) * 2 ** -53;

/**
 * x ≥ limit (">=", 「以上」) or x > limit (">", 「超过」) for x within ex and the limit within eLimit of their
 * exact values; NEEDS_EXACT when the gap is within the bounds (where exact doubles are compared exactly).
 */
export function meetsPlain(
  x: number,
  ex: number,
  limit: number,
  eLimit: number,
  op: ThresholdOp
): boolean {
  const tol = ex + eLimit;
  if (tol > 0 && Math.abs(x - limit) <= tol * (1 + 4 * U)) throw NEEDS_EXACT;
  return op === ">" ? x > limit : x >= limit;
}

/**
 * The award of a value `v` within `e` of the exact X, under a ceiling `c` within `ce` of the exact C (the least
 * cap or room X passed; Infinity: none): min(round_half_away(max(0, X)), floor_to_fen(C)) in yuan — the engine's
 * floor at 0 and rounding, as ExactCalc.finish gives them — or NEEDS_EXACT when X lies within its bound of a
 * half fen, a rounded award within the bound of C's floor to the fen, or above 10 trillion. Kept small, the cap's
 * cut in cappedAward, so that V8 inlines it into a shape's fast path within its inlining budget.
 */
export function awardOf(v: number, e: number, c: number, ce: number): number {
  if (v + e > MAX_AMOUNT) throw NEEDS_EXACT;
  // max(0, ·) moves no value farther from its exact counterpart, so the bound holds for the floored value.
  const fen = Math.max(0, v) * 100;
  const below = Math.floor(fen);
  const fraction = fen - below; // exact for 0 ≤ fen < 2^52
  if (Math.abs(fraction - 0.5) <= 100 * e + fen * U) throw NEEDS_EXACT; // the × 100 rounds once more
  const rounded = fraction > 0.5 ? below + 1 : below;
  // A ceiling is never below 0 where the award is not 0 (X ≤ C), so 0 needs no ceiling test. Clear of the
  // ceiling by its widest bound (capTol's general case): the award as rounded; else cappedAward decides.
  const capFen = c * 100;
  return rounded === 0 || c === Infinity || rounded <= capFen - (100 * ce + capFen * 2 * U)
    ? rounded / 100
    : cappedAward(rounded, c, ce);
}

/** awardOf for a rounded award (in fen) near or above the ceiling c (within ce of the exact C). */
function cappedAward(rounded: number, c: number, ce: number): number {
  const capFen = c * 100;
  const capTol = ce === 0 && Math.trunc(c) === c ? 0 : 100 * ce + capFen * 2 * U;
  if (rounded <= capFen - capTol) return rounded / 100;
  // The cap may cut the rounded award: floor_to_fen(C), when the bound leaves it one fen.
  const most = Math.floor(capFen - capTol);
  if (most !== Math.floor(capFen + capTol)) throw NEEDS_EXACT;
  return Math.min(rounded, most) / 100;
}

/** The exact path on short decimals counts in 10^-8 yuan (a product of two ten-thousandths): this many a fen. */
const UNITS_PER_FEN = 1e6;

/**
 * x's 15-digit reading as a whole number of ten-thousandths, m (reading = m / 10^4), when it has at most four
 * decimals and |x| < 10^11 (money to the fen, a rate in basis points); NaN otherwise. x lies within
 * 3.9e-16 × |x| of the double nearest m / 10^4, so within 5e-16 × |x| of m / 10^4 itself: less than half a
 * unit of its 15th digit, which the reading therefore rounds to m / 10^4.
 */
export function tenThousandths(x: number): number {
  const m = Math.round(x * 1e4);
  const a = Math.abs(x);
  return a < 1e11 && Math.abs(x - m / 1e4) <= 3.9e-16 * a ? m : NaN;
}

/** A constant cap prepared for shortProductAward, once when its record loads: in 10^-8 yuan, and its whole fen. */
export interface ShortCap {
  readonly units: number;
  readonly fen: number;
}

/** The cap given in ten-thousandths (tenThousandths) as shortProductAward reads it (NaN units: none exact). */
export function shortCap(capInTenThousandths: number): ShortCap {
  const units = capInTenThousandths * 1e4;
  return units < 2 ** 53 ? { units, fen: wholeFen(units) } : { units: NaN, fen: NaN };
}

/**
 * The award of min(x × y, cap) for x and y given in ten-thousandths (tenThousandths, both ≥ 0) and the cap as
 * shortCap prepared it, exactly, in integers: the product counts 10^-8 yuan, exact while below 2^53.
 * min(round_half_away(min(X, C)), floor_to_fen(C)) in yuan, as ExactCalc gives it — half-fen ties included,
 * which the bound of the doubles cannot decide; NaN when an input is not a short decimal or the product is
 * too large to be exact. The cap's fen comes prepared: a division is the dearest operation here.
 */
export function shortProductAward(x: number, y: number, cap: ShortCap): number {
  const units = x * y;
  if (!(units < 2 ** 53 && cap.units < 2 ** 53)) return NaN;
  // At or over the cap, the award is the cap floored to the fen (rounding min(X, C) = C up cannot pass it).
  if (units >= cap.units) return cap.fen / 100;
  const fen = wholeFen(units);
  const rest = units - fen * UNITS_PER_FEN;
  return Math.min(fen + (rest >= UNITS_PER_FEN / 2 ? 1 : 0), cap.fen) / 100;
}

/**
 * ⌊units / 10^6⌋ for a whole number of units below 2^53, exactly (the double `%` is a call into C, slower
 * than this): the quotient rounds to at most the next integer up, which the product check takes back.
 */
function wholeFen(units: number): number {
  const q = Math.floor(units / UNITS_PER_FEN);
  return q * UNITS_PER_FEN > units ? q - 1 : q;
}
