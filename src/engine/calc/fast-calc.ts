/**
 * The fast path: doubles with a forward error bound. Each value carries how far it may lie from the exact
 * decimal result; an operation whose answer the bound leaves open throws NEEDS_EXACT and evaluate.ts
 * replays the clause on ExactCalc.
 */
import { MAX_AMOUNT } from "../money";
import { Calc } from "./calc";
import { type Amount, awardTooLarge, NEEDS_EXACT, type Num } from "./types";

/** Unit roundoff of a double (round to nearest): one operation errs by at most |result| × U. */
export const U = 2 ** -53;
/** Reading a non-integer double at 15 significant digits moves it by at most half a unit of the 15th digit. */
const READING = 5e-15;

/**
 * A fast value that is not a bare number: the double `v` within `e` of the exact decimal value, and its
 * ceiling `cv` (Infinity: none) within `ce`. Boxes are mutable and pooled per FastCalc, reused from one call
 * to the next (`begin`): V8 keeps a double field in a box of its own, so a fresh object of four doubles cost
 * five allocations per operation, most of the fast path's time, where writing into a pooled one costs none.
 */
class Box {
  // Initialised with non-integers so V8 gives every field its double representation from the start.
  v = 0.5;
  e = 0.5;
  cv = 0.5;
  ce = 0.5;
}

/**
 * How far an argument or constant may lie from its 15-digit reading: 0 for an integer below 10^15 and, below
 * 10^11, for a multiple of 1/16 (0.5, 1.5, 0.25: exact in binary, at most four decimals); one unit
 * roundoff (doubled for a binade edge) for a short decimal — at most four decimals, such as money to the fen
 * or a rate in basis points — which is the double nearest its decimal (m ÷ 10^4 is correctly rounded), so the
 * reading is that decimal; half a unit of the 15th digit otherwise. The tighter the bound, the more values
 * travel as bare numbers. Exported for its property test (test/engine/calc/reading-error.property.test.ts).
 */
export function readingError(x: number): number {
  const a = Math.abs(x);
  if (isInteger(a < 1e11 ? x * 16 : x) && a < 1e15) return 0;
  // + the least double: a subnormal's relative bound underflows to 0, and a non-integer is never exact.
  return (a < 1e11 && Math.round(x * 1e4) / 1e4 === x ? a * 2 * U : a * READING) + Number.MIN_VALUE;
}

/** Number.isInteger, which V8 does not inline for a non-integer double (±Infinity counts: callers bound |x|). */
function isInteger(x: number): boolean {
  return Math.trunc(x) === x;
}

/** The exact rounding error of s = a + b (Knuth's TwoSum), so sums of exact doubles stay exact. */
export function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return Math.abs(a - (s - bb) + (b - bb));
}

/**
 * The rounding error bound of p = a × b; 0 when a and b are multiples of 1/16 (integers among them) whose
 * product, a multiple of 1/256 below 2^45, is exact (256 × |p| an integer below 2^53).
 */
export const productError = (a: number, b: number, p: number): number =>
  isInteger(a * 16) && isInteger(b * 16) && Math.abs(p) < 2 ** 45 ? 0 : Math.abs(p) * U;

export class FastCalc extends Calc {
  private readonly pool: Box[] = [];
  private used = 0;

  /** A new call: the boxes of the previous call's values are free again. */
  begin(): void {
    this.used = 0;
  }

  /**
   * A fast result. Two simplifications keep the hot path free of allocations: a ceiling more than a fen above
   * the value is dropped, and a value whose bound is within its own reading error travels as a bare number.
   * Dropping is safe because no later operation brings a ceiling closer to its value: a subtraction shifts
   * both alike, min, max and sums keep the gap at least as wide, and products drop ceilings anyway; and a
   * value at least half a fen below its ceiling rounds to at most the ceiling's floor to the fen.
   */
  private approx(v: number, e: number, cv = Infinity, ce = 0): Amount {
    const ceiling = cv - v > 0.01 + ce + e ? Infinity : cv;
    if (ceiling === Infinity && e <= readingError(v)) return v as unknown as Amount;
    let box = this.pool[this.used++];
    if (box === undefined) this.pool.push((box = new Box()));
    box.v = v;
    box.e = e;
    box.cv = ceiling;
    box.ce = ce;
    return box as unknown as Amount;
  }

  // Accessors that read a Num without allocating (a plain number: its reading error, no ceiling).
  private valueOfNum(x: Num): number {
    return typeof x === "number" ? x : (x as unknown as Box).v;
  }
  private errorOfNum(x: Num): number {
    return typeof x === "number" ? readingError(x) : (x as unknown as Box).e;
  }
  private ceilingOfNum(x: Num): number {
    return typeof x === "number" ? Infinity : (x as unknown as Box).cv;
  }
  private ceilingErrorOfNum(x: Num): number {
    return typeof x === "number" ? 0 : (x as unknown as Box).ce;
  }

  /** A plain number is already a fast Amount: its error is its reading error, it has no ceiling. */
  of(x: Num): Amount {
    return x as Amount;
  }

  add(a: Num, b: Num): Amount {
    const x = this.valueOfNum(a);
    const y = this.valueOfNum(b);
    const s = x + y;
    const e = this.errorOfNum(a) + this.errorOfNum(b) + sumError(x, y, s);
    // The ceiling of a sum is finite only when both terms have one.
    const ca = this.ceilingOfNum(a);
    const cb = this.ceilingOfNum(b);
    if (ca === Infinity || cb === Infinity) return this.approx(s, e);
    const c = ca + cb;
    return this.approx(
      s,
      e,
      c,
      this.ceilingErrorOfNum(a) + this.ceilingErrorOfNum(b) + sumError(ca, cb, c)
    );
  }

  sub(a: Num, b: Num): Amount {
    const x = this.valueOfNum(a);
    const y = this.valueOfNum(b);
    const s = x - y;
    const eb = this.errorOfNum(b);
    const e = this.errorOfNum(a) + eb + sumError(x, -y, s);
    // a − b ≤ ceiling(a) − b.
    const ca = this.ceilingOfNum(a);
    if (ca === Infinity) return this.approx(s, e);
    const c = ca - y;
    return this.approx(s, e, c, this.ceilingErrorOfNum(a) + eb + sumError(ca, -y, c));
  }

  mul(a: Num, b: Num): Amount {
    const x = this.valueOfNum(a);
    const y = this.valueOfNum(b);
    const ex = this.errorOfNum(a);
    const ey = this.errorOfNum(b);
    const p = x * y;
    return this.approx(p, Math.abs(x) * ey + Math.abs(y) * ex + ex * ey + productError(x, y, p));
  }

  div(a: Num, b: Num): Amount {
    const x = this.valueOfNum(a);
    const y = this.valueOfNum(b);
    const ey = this.errorOfNum(b);
    const q = x / y;
    return this.approx(
      q,
      (this.errorOfNum(a) + Math.abs(q) * ey) / (Math.abs(y) - ey) + Math.abs(q) * U
    );
  }

  min(a: Num, b: Num): Amount {
    const lower = this.ceilingOfNum(a) <= this.ceilingOfNum(b) ? a : b;
    return this.approx(
      Math.min(this.valueOfNum(a), this.valueOfNum(b)),
      Math.max(this.errorOfNum(a), this.errorOfNum(b)),
      this.ceilingOfNum(lower),
      this.ceilingErrorOfNum(lower)
    );
  }

  max(a: Num, b: Num): Amount {
    const higher = this.ceilingOfNum(a) >= this.ceilingOfNum(b) ? a : b;
    return this.approx(
      Math.max(this.valueOfNum(a), this.valueOfNum(b)),
      Math.max(this.errorOfNum(a), this.errorOfNum(b)),
      this.ceilingOfNum(higher),
      this.ceilingErrorOfNum(higher)
    );
  }

  protected capAt(a: Num, limit: Num): Amount {
    const x = this.valueOfNum(a);
    const c = this.valueOfNum(limit);
    const e = Math.max(this.errorOfNum(a), this.errorOfNum(limit));
    const ca = this.ceilingOfNum(a);
    // The limit itself becomes the ceiling unless an earlier one is lower.
    return ca <= c
      ? this.approx(Math.min(x, c), e, ca, this.ceilingErrorOfNum(a))
      : this.approx(Math.min(x, c), e, c, this.errorOfNum(limit));
  }

  floorAtZero(a: Num): Amount {
    const x = this.valueOfNum(a);
    const c = this.ceilingOfNum(a);
    if (x >= 0 && c >= 0) return a as Amount;
    return this.approx(
      Math.max(0, x),
      this.errorOfNum(a),
      Math.max(0, c),
      this.ceilingErrorOfNum(a)
    );
  }

  compare(a: Num, b: Num): number {
    const x = this.valueOfNum(a);
    const y = this.valueOfNum(b);
    const tol = this.errorOfNum(a) + this.errorOfNum(b);
    // Exact doubles compare exactly; otherwise a gap within the bound could go either way.
    if (tol > 0 && Math.abs(x - y) <= tol * (1 + 4 * U)) throw NEEDS_EXACT;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  value(a: Num): number {
    return this.valueOfNum(a);
  }

  finish(a: Num): number {
    const v = this.valueOfNum(a);
    const e = this.errorOfNum(a);
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
    const cv = this.ceilingOfNum(a);
    if (cv !== Infinity) {
      // rounded ≤ 100 × ceiling, certainly, or the exact path decides floor_to_fen(ceiling).
      const ce = this.ceilingErrorOfNum(a);
      const capFen = cv * 100;
      const capTol = 100 * ce + (ce === 0 && Number.isInteger(cv) ? 0 : capFen * 2 * U);
      if (rounded > capFen - capTol) throw NEEDS_EXACT;
    }
    return rounded / 100;
  }
}
