/**
 * Formula primitives (spec §2.3). Each primitive computes one named stage of an award — the base,
 * a threshold, a rate, a cap, the room under an annual or cumulative cap — and, when the caller asked
 * for an explanation, records it as a step. The Excel path runs with recording off, so the same code
 * serves the fast path and the calculator / EXPLAIN without two implementations.
 *
 * Every piece of arithmetic on money goes through a Calc (spec Revision 2, "Numbers"): the clause code
 * handles opaque `Amount`s, and two Calcs give them meaning. `FastCalc` computes in doubles and carries,
 * per value, a forward bound on its distance from the exact decimal result; `ExactCalc` computes that
 * exact result in BigInt rationals (exact.ts). evaluate.ts runs the fast one and replays the same clause
 * code on the exact one only when the bound leaves the answer open (a threshold compared within the bound,
 * a result within the bound of a half fen or of a fractional-fen cap). See docs/architecture.md, "Money".
 *
 * Each Amount also carries its ceiling: the least cap or room it passed through, so that the rounded award
 * never exceeds a cap: award = min(round_half_away(exact), floor_to_fen(ceiling)).
 */
import type { Text } from "../catalog/types";
import { numError } from "./errors";
import * as Q from "./exact";
import { awardTooLargeMessage } from "./messages";
import { MAX_AMOUNT } from "./money";

export type StepKind =
  | "input"
  | "threshold"
  | "rate"
  | "cap"
  | "room"
  | "sum"
  | "tier"
  | "deduct"
  | "fixed"
  | "floor"
  | "round"
  | "result";

export interface Step {
  kind: StepKind;
  label: Text;
  /** The amount after this stage (for a threshold: the value tested). */
  amount: number;
  /** The threshold or cap this stage compared with. */
  limit?: number;
  /** For a threshold: the comparison the text prescribes (以上/达 → ">=", 超过 → ">"). */
  op?: ">=" | ">";
  /** For a threshold: whether it was met. */
  met?: boolean;
  /** For a cap: whether it bound (the amount was cut to it). */
  bound?: boolean;
}

declare const amountBrand: unique symbol;
/** A value owned by a Calc: clause code combines Amounts only through Calc operations. */
export type Amount = { readonly [amountBrand]: true };
/** An Amount, or a plain number (an argument or a constant, read as Excel shows it). */
export type Num = number | Amount;

/** Thrown by the fast Calc when its error bound cannot decide; evaluate.ts then replays exactly. */
export const NEEDS_EXACT: unique symbol = Symbol("needs exact arithmetic");

export const awardTooLarge = () => numError(awardTooLargeMessage());

export abstract class Calc {
  /** null when not recording (the Excel fast path). */
  readonly steps: Step[] | null;

  constructor(record: boolean) {
    this.steps = record ? [] : null;
  }

  // --- arithmetic (not recorded) ------------------------------------------------------------------
  /** An argument or constant as an Amount (read as Excel shows it: 15 significant digits). */
  abstract of(x: Num): Amount;
  abstract add(a: Num, b: Num): Amount;
  abstract sub(a: Num, b: Num): Amount;
  abstract mul(a: Num, b: Num): Amount;
  abstract div(a: Num, b: Num): Amount;
  abstract min(a: Num, b: Num): Amount;
  abstract max(a: Num, b: Num): Amount;
  /** min(a, limit), with `limit` a ceiling the rounded award must respect. */
  protected abstract capAt(a: Num, limit: Num): Amount;
  /** max(0, a), the ceiling floored at 0 too. */
  abstract floorAtZero(a: Num): Amount;
  /** −1, 0, 1 as a <, =, > b (the fast Calc throws NEEDS_EXACT when its bound cannot tell). */
  abstract compare(a: Num, b: Num): number;
  /** A close double, for steps and for the clause code's own branching on categories (never for money). */
  abstract value(a: Num): number;
  /** The award: rounded once to the fen half away from zero, at most every ceiling, at most 10 trillion. */
  abstract finish(a: Num): number;

  // --- named stages (recorded) ----------------------------------------------------------------------

  /** A named input or intermediate amount. */
  base(label: Text, amount: Num): Amount {
    const a = this.of(amount);
    if (this.steps) this.steps.push({ kind: "input", label, amount: this.value(a) });
    return a;
  }

  /** 「X以上」「达X」「X（含）以上」「不低于X」: value ≥ limit (民法典 art. 1259 includes the number). */
  atLeast(label: Text, value: Num, limit: Num): boolean {
    const met = this.compare(value, limit) >= 0;
    if (this.steps)
      this.steps.push({ kind: "threshold", label, ...this.shown(value, limit), op: ">=", met });
    return met;
  }

  /** 「超过X」「突破X」: value > limit (excludes the number). */
  above(label: Text, value: Num, limit: Num): boolean {
    const met = this.compare(value, limit) > 0;
    if (this.steps)
      this.steps.push({ kind: "threshold", label, ...this.shown(value, limit), op: ">", met });
    return met;
  }

  /** base × rate. */
  rate(label: Text, base: Num, rate: Num): Amount {
    const a = this.mul(base, rate);
    if (this.steps) this.steps.push({ kind: "rate", label, ...this.shown(a, rate) });
    return a;
  }

  /** An inclusive cap (最高/不超过/上限): min(amount, cap). */
  cap(label: Text, amount: Num, cap: Num): Amount {
    const capped = this.capAt(amount, cap);
    if (this.steps)
      this.steps.push({
        kind: "cap",
        label,
        ...this.shown(capped, cap),
        bound: this.bound(amount, cap),
      });
    return capped;
  }

  /** Room left under an annual or cumulative cap shared with earlier receipts: min(amount, max(0, cap − received)). */
  room(label: Text, amount: Num, cap: Num, received: Num): Amount {
    const room = this.floorAtZero(this.sub(cap, received));
    const capped = this.capAt(amount, room);
    if (this.steps)
      this.steps.push({
        kind: "room",
        label,
        ...this.shown(capped, room),
        bound: this.bound(amount, room),
      });
    return capped;
  }

  /** A sum across units or tiers. */
  sum(label: Text, amounts: readonly Num[]): Amount {
    let total = this.of(0);
    for (const a of amounts) total = this.add(total, a);
    if (this.steps) this.steps.push({ kind: "sum", label, amount: this.value(total) });
    return total;
  }

  /** Subtracts an amount already paid or deducted, floored at 0. */
  deduct(label: Text, amount: Num, deduction: Num): Amount {
    const left = this.floorAtZero(this.sub(amount, deduction));
    if (this.steps) this.steps.push({ kind: "deduct", label, ...this.shown(left, deduction) });
    return left;
  }

  /** A fixed award (or 0 when a categorical condition is not met). */
  fixed(label: Text, amount: Num): Amount {
    const a = this.of(amount);
    if (this.steps) this.steps.push({ kind: "fixed", label, amount: this.value(a) });
    return a;
  }

  /** Records a stage the engine itself adds (floor, rounding, result). */
  note<T extends Num>(kind: "floor" | "round" | "result" | "tier", label: Text, amount: T): T {
    if (this.steps) this.steps.push({ kind, label, amount: this.value(amount) });
    return amount;
  }

  private shown(amount: Num, limit: Num): { amount: number; limit: number } {
    return { amount: this.value(amount), limit: this.value(limit) };
  }

  /** Whether a cap cut the amount: for display only, so decided on the doubles. */
  private bound(amount: Num, limit: Num): boolean {
    return this.value(amount) > this.value(limit);
  }
}

// ---------------------------------------------------------------------------------------------------
// The fast path: doubles with a forward error bound
// ---------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------
// The exact path: BigInt rationals
// ---------------------------------------------------------------------------------------------------

/** An exact value and its ceiling (null: none). */
class Exact {
  constructor(
    readonly q: Q.Rational,
    readonly ceiling: Q.Rational | null
  ) {}
}

const exactOf = (x: Num): Exact =>
  typeof x === "number" ? new Exact(Q.readDecimal(x), null) : (x as unknown as Exact);
const wrap = (q: Q.Rational, ceiling: Q.Rational | null = null): Amount =>
  new Exact(q, ceiling) as unknown as Amount;

export class ExactCalc extends Calc {
  of(x: Num): Amount {
    return exactOf(x) as unknown as Amount;
  }

  add(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    const c = x.ceiling && y.ceiling ? Q.add(x.ceiling, y.ceiling) : null;
    return wrap(Q.add(x.q, y.q), c);
  }

  sub(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    return wrap(Q.sub(x.q, y.q), x.ceiling && Q.sub(x.ceiling, y.q));
  }

  mul(a: Num, b: Num): Amount {
    return wrap(Q.mul(exactOf(a).q, exactOf(b).q));
  }

  div(a: Num, b: Num): Amount {
    return wrap(Q.div(exactOf(a).q, exactOf(b).q));
  }

  min(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    return wrap(Q.min(x.q, y.q), lesser(x.ceiling, y.ceiling));
  }

  max(a: Num, b: Num): Amount {
    const x = exactOf(a);
    const y = exactOf(b);
    return wrap(Q.max(x.q, y.q), x.ceiling && y.ceiling && Q.max(x.ceiling, y.ceiling));
  }

  protected capAt(a: Num, limit: Num): Amount {
    const x = exactOf(a);
    const c = exactOf(limit);
    return wrap(Q.min(x.q, c.q), lesser(x.ceiling, c.q));
  }

  floorAtZero(a: Num): Amount {
    const x = exactOf(a);
    return wrap(Q.max(Q.ZERO, x.q), x.ceiling && Q.max(Q.ZERO, x.ceiling));
  }

  compare(a: Num, b: Num): number {
    return Q.cmp(exactOf(a).q, exactOf(b).q);
  }

  value(a: Num): number {
    return typeof a === "number" ? a : Q.toNumber((a as unknown as Exact).q);
  }

  finish(a: Num): number {
    const x = exactOf(a);
    let fen = Q.roundHalfAwayToFen(x.q);
    if (x.ceiling) {
      const most = Q.floorToFen(x.ceiling);
      if (most < fen) fen = most;
    }
    if (fen > BigInt(MAX_AMOUNT) * 100n) throw awardTooLarge();
    return Number(fen) / 100;
  }
}

function lesser(a: Q.Rational | null, b: Q.Rational | null): Q.Rational | null {
  if (!a) return b;
  if (!b) return a;
  return Q.min(a, b);
}
