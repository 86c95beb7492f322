/**
 * The fast path's first promise: an argument or constant (a double) lies within readingError(x) of the decimal
 * Excel reads it as — its 15 significant digits, readDecimal — so every bound built on it is sound. Checked
 * exactly: the double's binary value as a BigInt rational against the reading, on generated doubles and on
 * short decimals (money to the fen, rates in basis points), where the bound is tightest.
 */
import fc from "fast-check";
import { readingError } from "../../../src/engine/calc/fast-calc";
import { cmp, type Rational, readDecimal, sub } from "../../../src/engine/exact";

/** The exact value of a finite double, from its bits. */
function exactOfDouble(x: number): Rational {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const power = (exponent === 0 ? 1 : exponent) - 1075;
  return power >= 0
    ? { n: sign * mantissa * (1n << BigInt(power)), d: 1n }
    : { n: sign * mantissa, d: 1n << BigInt(-power) };
}

const abs = (q: Rational): Rational => (q.n < 0n ? { n: -q.n, d: q.d } : q);

/** |x − reading(x)| ≤ readingError(x), all exact. */
function holds(x: number): boolean {
  const distance = abs(sub(exactOfDouble(x), readDecimal(x)));
  return cmp(distance, exactOfDouble(readingError(x))) <= 0;
}

describe("readingError bounds the distance of a double from its 15-digit reading", () => {
  it("exact examples: 0 for integers; 0.05 and 1,234.56 are short decimals, within 2 units of roundoff", () => {
    expect(readingError(12_000_000)).toBe(0);
    // 0.05 is the double nearest 5/100: its reading is 0.05, ≤ 0.05 × 2 × 2⁻⁵³ away.
    expect(readingError(0.05)).toBe(0.05 * 2 * 2 ** -53 + Number.MIN_VALUE);
    expect(holds(0.05)).toBe(true);
    expect(holds(1234.56)).toBe(true);
    // 1/3 has no short decimal: half a unit of its 15th digit.
    expect(readingError(1 / 3)).toBe((1 / 3) * 5e-15 + Number.MIN_VALUE);
  });

  it("on short decimals m / 10^k (k ≤ 4), money and rates as typed", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (m, k) =>
        holds(m / 10 ** k)
      ),
      { numRuns: 20_000 }
    );
  });

  it("0 on multiples of 1/16 below 10^11 (0.5, 1.5, 0.0625), which are their own reading", () => {
    fc.assert(
      fc.property(fc.integer({ min: -16e11 + 1, max: 16e11 - 1 }), (m) => {
        const x = m / 16;
        return readingError(x) === 0 && holds(x);
      }),
      { numRuns: 20_000 }
    );
  });

  it("on any double of an amount's size, products and quotients included", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true, noDefaultInfinity: true }), (x) =>
        holds(x)
      ),
      { numRuns: 20_000 }
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 9999 }), (a, r) =>
        holds((a * r) / 1e4)
      ),
      { numRuns: 20_000 }
    );
  });
});
