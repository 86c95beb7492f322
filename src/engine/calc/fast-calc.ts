/**
 * The fast path: doubles with a forward error bound. Each value carries how far it may lie from the exact
 * decimal result; an operation whose answer the bound leaves open throws NEEDS_EXACT and evaluate.ts
 * replays the clause on ExactCalc.
 */
import { MAX_AMOUNT } from "../money";
import { Calc } from "./calc";
import { type Amount, awardTooLarge, NEEDS_EXACT, type Num } from "./types";

/** Unit roundoff of a double (round to nearest): one operation errs by at most |result| × U. */
const U = 2 ** -53;
/** Reading a non-integer double at 15 significant digits moves it by at most half a unit of the 15th digit. */
const READING = 5e-15;

/**
 * A double `v` within `e` of the exact decimal value, and its ceiling `cv` (Infinity: none) within `ce`.
 * Numbers only, so every Approx has one hidden class.
 */
class Approx {
  constructor(
    readonly v: number,
    readonly e: number,
    readonly cv: number,
    readonly ce: number
  ) {}
}

/** How far an argument or constant may lie from its 15-digit reading: 0 for an integer below 10^15. */
const readingError = (x: number): number =>
  Number.isInteger(x) && Math.abs(x) < 1e15 ? 0 : Math.abs(x) * READING;

// Accessors that read a Num without allocating an Approx for a plain number (the fast path's hot loop).
const valueOf = (x: Num): number => (typeof x === "number" ? x : (x as unknown as Approx).v);
const errorOf = (x: Num): number =>
  typeof x === "number" ? readingError(x) : (x as unknown as Approx).e;
const ceilingOf = (x: Num): number =>
  typeof x === "number" ? Infinity : (x as unknown as Approx).cv;
const ceilingErrorOf = (x: Num): number =>
  typeof x === "number" ? 0 : (x as unknown as Approx).ce;

/**
 * A fast result. Two simplifications keep the hot path free of allocations: a ceiling more than a fen above
 * the value is dropped, and a value whose bound is within its own reading error travels as a bare number.
 * Dropping is safe because no later operation brings a ceiling closer to its value: a subtraction shifts
 * both alike, min, max and sums keep the gap at least as wide, and products drop ceilings anyway; and a
 * value at least half a fen below its ceiling rounds to at most the ceiling's floor to the fen.
 */
function approx(v: number, e: number, cv = Infinity, ce = 0): Amount {
  const ceiling = cv - v > 0.01 + ce + e ? Infinity : cv;
  if (ceiling === Infinity && e <= readingError(v)) return v as unknown as Amount;
  return new Approx(v, e, ceiling, ce) as unknown as Amount;
}

/** The exact rounding error of s = a + b (Knuth's TwoSum), so sums of exact doubles stay exact. */
function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return Math.abs(a - (s - bb) + (b - bb));
}

/** The rounding error bound of p = a × b; 0 when the product of integers is an exact integer. */
const productError = (a: number, b: number, p: number): number =>
  Number.isInteger(a) && Number.isInteger(b) && Math.abs(p) <= 2 ** 53 ? 0 : Math.abs(p) * U;

export class FastCalc extends Calc {
  /** A plain number is already a fast Amount: its error is its reading error, it has no ceiling. */
  of(x: Num): Amount {
    return x as Amount;
  }

  add(a: Num, b: Num): Amount {
    const x = valueOf(a);
    const y = valueOf(b);
    const s = x + y;
    const e = errorOf(a) + errorOf(b) + sumError(x, y, s);
    // The ceiling of a sum is finite only when both terms have one.
    const ca = ceilingOf(a);
    const cb = ceilingOf(b);
    if (ca === Infinity || cb === Infinity) return approx(s, e);
    const c = ca + cb;
    return approx(s, e, c, ceilingErrorOf(a) + ceilingErrorOf(b) + sumError(ca, cb, c));
  }

  sub(a: Num, b: Num): Amount {
    const x = valueOf(a);
    const y = valueOf(b);
    const s = x - y;
    const eb = errorOf(b);
    const e = errorOf(a) + eb + sumError(x, -y, s);
    // a − b ≤ ceiling(a) − b.
    const ca = ceilingOf(a);
    if (ca === Infinity) return approx(s, e);
    const c = ca - y;
    return approx(s, e, c, ceilingErrorOf(a) + eb + sumError(ca, -y, c));
  }

  mul(a: Num, b: Num): Amount {
    const x = valueOf(a);
    const y = valueOf(b);
    const ex = errorOf(a);
    const ey = errorOf(b);
    const p = x * y;
    return approx(p, Math.abs(x) * ey + Math.abs(y) * ex + ex * ey + productError(x, y, p));
  }

  div(a: Num, b: Num): Amount {
    const x = valueOf(a);
    const y = valueOf(b);
    const ey = errorOf(b);
    const q = x / y;
    return approx(q, (errorOf(a) + Math.abs(q) * ey) / (Math.abs(y) - ey) + Math.abs(q) * U);
  }

  min(a: Num, b: Num): Amount {
    const lower = ceilingOf(a) <= ceilingOf(b) ? a : b;
    return approx(
      Math.min(valueOf(a), valueOf(b)),
      Math.max(errorOf(a), errorOf(b)),
      ceilingOf(lower),
      ceilingErrorOf(lower)
    );
  }

  max(a: Num, b: Num): Amount {
    const higher = ceilingOf(a) >= ceilingOf(b) ? a : b;
    return approx(
      Math.max(valueOf(a), valueOf(b)),
      Math.max(errorOf(a), errorOf(b)),
      ceilingOf(higher),
      ceilingErrorOf(higher)
    );
  }

  protected capAt(a: Num, limit: Num): Amount {
    const x = valueOf(a);
    const c = valueOf(limit);
    const e = Math.max(errorOf(a), errorOf(limit));
    const ca = ceilingOf(a);
    // The limit itself becomes the ceiling unless an earlier one is lower.
    return ca <= c
      ? approx(Math.min(x, c), e, ca, ceilingErrorOf(a))
      : approx(Math.min(x, c), e, c, errorOf(limit));
  }

  floorAtZero(a: Num): Amount {
    const x = valueOf(a);
    const c = ceilingOf(a);
    if (x >= 0 && c >= 0) return a as Amount;
    return approx(Math.max(0, x), errorOf(a), Math.max(0, c), ceilingErrorOf(a));
  }

  compare(a: Num, b: Num): number {
    const x = valueOf(a);
    const y = valueOf(b);
    const tol = errorOf(a) + errorOf(b);
    // Exact doubles compare exactly; otherwise a gap within the bound could go either way.
    if (tol > 0 && Math.abs(x - y) <= tol * (1 + 4 * U)) throw NEEDS_EXACT;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  value(a: Num): number {
    return valueOf(a);
  }

  finish(a: Num): number {
    const v = valueOf(a);
    const e = errorOf(a);
    if (v + e > MAX_AMOUNT) {
      if (v - e > MAX_AMOUNT) throw awardTooLarge();
      throw NEEDS_EXACT;
    }
    const fen = v * 100;
    const tol = 100 * e + fen * U; // the × 100 rounds once more
    const below = Math.floor(fen);
    const fraction = fen - below; // exact for 0 ≤ fen < 2^52
    if (Math.abs(fraction - 0.5) <= tol) throw NEEDS_EXACT;
    const rounded = fraction > 0.5 ? below + 1 : below;
    const cv = ceilingOf(a);
    if (cv !== Infinity) {
      // rounded ≤ 100 × ceiling, certainly, or the exact path decides floor_to_fen(ceiling).
      const ce = ceilingErrorOf(a);
      const capFen = cv * 100;
      const capTol = 100 * ce + (ce === 0 && Number.isInteger(cv) ? 0 : capFen * 2 * U);
      if (rounded > capFen - capTol) throw NEEDS_EXACT;
    }
    return rounded / 100;
  }
}
