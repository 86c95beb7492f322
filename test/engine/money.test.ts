import Decimal from "decimal.js";
import fc from "fast-check";
import { remainingCap, roundFen } from "../../src/engine/money";

describe("roundFen: once, to the fen, half away from zero (spec §2.1)", () => {
  it("removes binary-float artefacts: 0.3 × 300,001 = 90,000.30 exactly", () => {
    // 300,001 × 0.3 = 90,000.3 in decimal; in binary it is 90000.29999999999
    expect(roundFen(300_001 * 0.3)).toBe(90_000.3);
  });
  it("rounds a half fen away from zero", () => {
    expect(roundFen(1.005)).toBe(1.01); // 1.005 is stored as 1.00499999999999989…; decimal reading is 1.005 → 1.01
    expect(roundFen(2.675)).toBe(2.68);
    expect(roundFen(-1.005)).toBe(-1.01);
    expect(roundFen(0.004)).toBe(0);
  });
  it("keeps whole amounts and fen as they are", () => {
    expect(roundFen(15_000_000)).toBe(15_000_000);
    expect(roundFen(499_999.99)).toBe(499_999.99);
    expect(roundFen(0)).toBe(0);
  });
  it("holds the fen up to the 10-trillion ceiling of spec §2.4", () => {
    expect(roundFen(9_999_999_999_999.99)).toBe(9_999_999_999_999.99);
  });
  it("agrees with decimal arithmetic at half-fen ties: amounts in fen × rates such as 0.5, 0.3, 0.1, 0.05", () => {
    const oracle = (x: number) =>
      new Decimal(x.toPrecision(15)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
    fc.assert(
      fc.property(
        // amounts up to the 10-trillion ceiling of spec §2.4 even after × 1.5
        fc.integer({ min: 0, max: 666_666_666_666_666 }),
        fc.constantFrom(0.5, 0.3, 0.1, 0.05, 0.25, 0.2, 0.01, 0.035, 1.5),
        (fen, rate) => {
          const x = (fen / 100) * rate;
          expect(roundFen(x)).toBe(oracle(x));
        }
      ),
      { numRuns: 20000 }
    );
    // Values a hair off a tie, on both sides, at several magnitudes.
    for (const m of [0.005, 1.005, 1958.685, 123456.785, 98765432.105, 9_999_999_999.995]) {
      for (const x of [
        m,
        m * (1 + 1e-15),
        m * (1 - 1e-15),
        m * (1 + 1e-14),
        m * (1 - 1e-14),
        m * (1 + 4e-15),
      ]) {
        expect([x, roundFen(x)]).toEqual([x, oracle(x)]);
      }
    }
  });

  it("agrees with decimal arithmetic on the 15-significant-digit reading of any amount", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), (x) => {
        const expected = new Decimal(x.toPrecision(15))
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          .toNumber();
        expect(roundFen(x)).toBe(expected);
      }),
      { numRuns: 5000 }
    );
  });
});

describe("remainingCap", () => {
  it("is the cap less what was received, never below 0", () => {
    expect(remainingCap(15_000_000, 13_000_000)).toBe(2_000_000); // 15,000,000 − 13,000,000
    expect(remainingCap(1_000_000, 1_200_000)).toBe(0); // received above the cap: no room
  });
});
