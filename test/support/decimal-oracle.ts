/**
 * The independent decimal evaluation of a clause function (spec Revision 2, "Numbers") and the tie-clustered
 * inputs it is checked on: shared by the engine's decimal-oracle property test and the native twins' parity
 * test (test/native), which also asks it where an input is a tie.
 *
 * `DecimalCalc` is a third implementation of the Calc operations on decimal.js, run on the clause's own
 * formula code (its record's shape and compute), with the arguments read at 15 significant digits, the
 * ceiling rule min(round_half_away(x), floor_to_fen(cap)) and the 10-trillion limit written again from the
 * spec. It shares the formula's structure with the engine, not its arithmetic.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import type { ClauseFunction, ParamSpec } from "../../src/catalog/types";
import { Calc, type Amount, type Num } from "../../src/engine/calc";
import { SubsidyError, numError } from "../../src/engine/errors";
import { paramArb } from "../properties/arbitraries";

// 400 digits: an amount in the trillions less a receipt as small as a double gets (5e-324) needs about 350
// to stay below a whole fen, so that isTie sees the fractional-fen room the engine's exact path floors to.
const D = Decimal.clone({ precision: 400, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

/** A decimal value and the least cap it passed (null: none). */
class Val {
  constructor(
    readonly x: Dec,
    readonly cap: Dec | null
  ) {}
}

const read = (v: Num): Val =>
  typeof v === "number" ? new Val(new D(v.toPrecision(15)), null) : (v as unknown as Val);
const out = (x: Dec, cap: Dec | null = null): Amount => new Val(x, cap) as unknown as Amount;
const least = (a: Dec | null, b: Dec | null): Dec | null => (a && b ? D.min(a, b) : (a ?? b));

export class DecimalCalc extends Calc {
  of = (v: Num): Amount => read(v) as unknown as Amount;
  add = (a: Num, b: Num): Amount => {
    const [p, q] = [read(a), read(b)];
    return out(p.x.plus(q.x), p.cap && q.cap ? p.cap.plus(q.cap) : null);
  };
  sub = (a: Num, b: Num): Amount => {
    const [p, q] = [read(a), read(b)];
    return out(p.x.minus(q.x), p.cap && p.cap.minus(q.x));
  };
  mul = (a: Num, b: Num): Amount => out(read(a).x.times(read(b).x));
  div = (a: Num, b: Num): Amount => out(read(a).x.dividedBy(read(b).x));
  min = (a: Num, b: Num): Amount => {
    const [p, q] = [read(a), read(b)];
    return out(D.min(p.x, q.x), least(p.cap, q.cap));
  };
  max = (a: Num, b: Num): Amount => {
    const [p, q] = [read(a), read(b)];
    return out(D.max(p.x, q.x), p.cap && q.cap && D.max(p.cap, q.cap));
  };
  protected capAt = (a: Num, limit: Num): Amount => {
    const [p, c] = [read(a), read(limit)];
    return out(D.min(p.x, c.x), least(p.cap, c.x));
  };
  floorAtZero = (a: Num): Amount => {
    const p = read(a);
    return out(D.max(0, p.x), p.cap && D.max(0, p.cap));
  };
  compare = (a: Num, b: Num): number => read(a).x.comparedTo(read(b).x);
  value = (a: Num): number => read(a).x.toNumber();
  finish = (a: Num): number => {
    const p = read(a);
    // A division leaves a repeating expansion cut at the precision (0.16 ÷ 12 = 0.01333…), so an exact half fen
    // such as 484,480.125 × 0.16 ÷ 12 = 6,459.735 arrives as 6,459.73499…9. Reading at 60 significant digits
    // restores it: exact results of 15-digit arguments need far fewer digits, the cut sits far beyond.
    const exact = (x: Dec) => x.toSignificantDigits(60, Decimal.ROUND_HALF_UP);
    let award = exact(p.x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (p.cap) award = D.min(award, exact(p.cap).toDecimalPlaces(2, Decimal.ROUND_FLOOR));
    if (award.greaterThan(10_000_000_000_000)) throw numError("too large");
    return award.toNumber();
  };
}

/** The oracle's award for validated arguments, or the error code it raises. */
export function oracle(fn: ClauseFunction, raw: unknown[]): number | string {
  try {
    const calc = new DecimalCalc(false);
    const computed = fn.compute(fn.validate(raw), fn.constants, calc);
    return calc.finish(calc.floorAtZero(computed));
  } catch (e) {
    if (e instanceof SubsidyError) return e.code;
    throw e;
  }
}

const fen = (lo: number, hi: number) =>
  fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((k) => k / 100);

/** Amounts near a shared pivot (so a difference is a few fen: ties after deductions), or with a third decimal. */
function amountNear(pivot: number): fc.Arbitrary<number> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .integer({ min: 0, max: 900 })
        .map((k) => Math.max(0, (Math.round(pivot * 100) - k) / 100)),
    },
    { weight: 2, arbitrary: fen(0, 50_000_000) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 5_000_000_000 }).map((k) => k / 1000) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((k) => k / 1000) }
  );
}

function rateClustered(p: ParamSpec): fc.Arbitrary<number> {
  const max = p.max ?? 1;
  return fc.oneof(
    fc.constantFrom(max, ...[0.5, 0.05, 0.25, 0.3, 0.1].filter((r) => r <= max)),
    fc.integer({ min: 0, max: Math.floor(max * 100) }).map((k) => k / 100),
    fc.integer({ min: 0, max: Math.floor(max * 1e9) }).map((k) => k / 1e9),
    fc.integer({ min: 0, max: 1000 }).map((k) => Math.min(max, k / 1000 / 3))
  );
}

export function clusteredArgs(fn: ClauseFunction): fc.Arbitrary<unknown[]> {
  return fen(0, 50_000_000).chain((pivot) =>
    fc.tuple(
      ...fn.params.map((p) => {
        const one =
          p.kind === "amount"
            ? amountNear(pivot)
            : p.kind === "rate"
              ? rateClustered(p)
              : p.kind === "quantity"
                ? fc.oneof(fc.integer({ min: 0, max: 2_000 }), fen(0, 2_000))
                : p.kind === "amounts"
                  ? fc.array(amountNear(pivot), { maxLength: 4 }).map((xs) => xs.map((x) => [x]))
                  : paramArb(fn, p);
        return p.required ? one : fc.option(one, { nil: undefined, freq: 4 });
      })
    )
  );
}

/**
 * Whether an input is a tie for a host's binary arithmetic: the exact award (before rounding) lies within a
 * hair of a half fen, or a cap that ends in a fraction of a fen binds it (the engine floors to the cap where
 * a binary ROUND may go over). Undefined when the oracle rejects the input.
 */
export function isTie(fn: ClauseFunction, raw: unknown[]): boolean | undefined {
  let v: Val;
  try {
    const calc = new DecimalCalc(false);
    v = read(calc.floorAtZero(fn.compute(fn.validate(raw), fn.constants, calc)));
  } catch (e) {
    if (e instanceof SubsidyError) return undefined;
    throw e;
  }
  const cents = v.x.times(100);
  const fromHalf = cents.minus(cents.floor()).minus(0.5).abs();
  // A relative hair: binary doubles carry about 16 significant digits, so the window grows with the amount.
  if (fromHalf.lessThanOrEqualTo(D.max(1e-6, cents.abs().times(1e-13)))) return true;
  if (!v.cap) return false;
  const floorCap = v.cap.toDecimalPlaces(2, Decimal.ROUND_FLOOR);
  return (
    v.x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).greaterThan(floorCap) || !v.cap.equals(floorCap)
  );
}
