/**
 * roundFen's fast path (a plain Math.round away from half-fen ties) against decimal arithmetic on the
 * 15-significant-digit reading, on the values awards are made of: whole fen, fen ± float noise, exact
 * half-fen ties (x.xx5), and products of amounts and rates.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { roundFen } from "../../src/engine/money";

const expected = (x: number) =>
  new Decimal(x.toPrecision(15)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

describe("roundFen agrees with decimal rounding of the 15-digit reading", () => {
  it("on half-fen ties and their float neighbours", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(-2, -1, 0, 1, 2),
        (tenthFen, ulps) => {
          // k + 0.005 yuan (a tie in decimal), nudged by a few units in the last place.
          let x = (tenthFen * 10 + 5) / 1000;
          for (let i = 0; i < Math.abs(ulps); i++)
            x = ulps > 0 ? x + Number.EPSILON * x : x - Number.EPSILON * x;
          return roundFen(x) === expected(x);
        }
      ),
      { numRuns: 20_000 }
    );
  });
  it("on amount × rate products", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }).map((f) => f / 100),
        fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        (amount, rate) => roundFen(amount * rate) === expected(amount * rate)
      ),
      { numRuns: 20_000 }
    );
  });
  it("on negative values (half away from zero)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 0, noNaN: true }),
        (x) => Object.is(roundFen(x), expected(x)) || (roundFen(x) === 0 && expected(x) === 0)
      ),
      { numRuns: 5_000 }
    );
  });
});
