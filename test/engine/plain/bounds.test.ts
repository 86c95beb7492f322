/**
 * The plain-doubles helpers of the fused fast path: the reading bound never below FastCalc's proven one, the
 * short-decimal reading in ten-thousandths, the exact product award in integers, and awardOf's ceiling rule.
 */
import fc from "fast-check";
import { readingError } from "../../../src/engine/calc/fast-calc";
import { NEEDS_EXACT } from "../../../src/engine/calc/types";
import {
  awardOf,
  readingBound,
  shortCap,
  shortProductAward,
  tenThousandths,
} from "../../../src/engine/plain/bounds";

describe("readingBound", () => {
  it("is never below readingError (test/engine/calc/reading-error.property.test.ts proves that one)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e13, noNaN: true }),
          fc.integer({ min: 0, max: 1e12 }).map((m) => m / 100),
          fc.integer({ min: 0, max: 1e9 }).map((m) => m / 16)
        ),
        (x) => readingBound(x) >= readingError(x)
      ),
      { numRuns: 20_000 }
    );
  });
  it("is 0 for integers and sixteenths: 12,000,000, 1.5, 0.0625", () => {
    expect(readingBound(12_000_000)).toBe(0);
    expect(readingBound(1.5)).toBe(0);
    expect(readingBound(0.0625)).toBe(0);
  });
});

describe("tenThousandths", () => {
  it("reads short decimals: 1,234.56 → 12,345,600; 0.0375 → 375; 3,280,027.9699999997 → 32,800,279,700", () => {
    expect(tenThousandths(1234.56)).toBe(12_345_600);
    expect(tenThousandths(0.0375)).toBe(375);
    // Not the double nearest 3,280,027.97, but within half a unit of its 15th digit: read as 3,280,027.97.
    expect(tenThousandths(3_280_027.9699999997)).toBe(32_800_279_700);
  });
  it("is NaN for a value with more decimals: 1 / 3, 0.00005", () => {
    expect(tenThousandths(1 / 3)).toBeNaN();
    expect(tenThousandths(0.00005)).toBeNaN();
  });
});

describe("shortProductAward: min(x × y, cap) exactly, x, y, cap in ten-thousandths", () => {
  it("a half-fen tie rounds away from zero: 100.01 × 0.5 = 50.005 → 50.01", () =>
    expect(shortProductAward(1_000_100, 5_000, shortCap(10_000_000_000))).toBe(50.01));
  it("below the half fen it rounds down: 100.0099 × 0.5 = 50.00495 → 50", () =>
    expect(shortProductAward(1_000_099, 5_000, shortCap(10_000_000_000))).toBe(50));
  it("the cap binds: 5,000,000 × 0.5 = 2,500,000 → 2,000,000", () =>
    expect(shortProductAward(50_000_000_000, 5_000, shortCap(20_000_000_000))).toBe(2_000_000));
  it("a cap ending in a fraction of a fen is floored: cap 426,345.3151 → 426,345.31", () =>
    expect(shortProductAward(50_000_000_000, 5_000, shortCap(4_263_453_151))).toBe(426_345.31));
  it("NaN when the product is too large to be exact in a double", () =>
    expect(shortProductAward(1e15, 1e4, shortCap(1e10))).toBeNaN());
  it("NaN when the cap is too large to be exact in 10^-8 yuan: 10^12 yuan is 10^20 units", () =>
    expect(shortProductAward(10_000, 5_000, shortCap(1e16))).toBeNaN());
  it("a cap prepared once holds its whole fen: 426,345.3151 yuan → 42,634,531 fen", () =>
    expect(shortCap(4_263_453_151)).toEqual({ units: 42_634_531_510_000, fen: 42_634_531 }));
});

describe("awardOf: min(round_half_away(X), floor_to_fen(C))", () => {
  it("rounds to the fen: 246.912 → 246.91; no ceiling", () =>
    expect(awardOf(246.912, 1e-12, Infinity, 0)).toBe(246.91));
  it("a ceiling with a fraction of a fen caps the rounded award: 426,345.3151 → 426,345.31", () =>
    expect(awardOf(426_345.3151, 1e-9, 426_345.3151, 1e-9)).toBe(426_345.31));
  it("an exact whole ceiling hit exactly: 2,000,000 → 2,000,000", () =>
    expect(awardOf(2_000_000, 1e-9, 2_000_000, 0)).toBe(2_000_000));
  it("a negative value floors at 0", () => expect(awardOf(-5, 1e-9, Infinity, 0)).toBe(0));
  it("undecided within the bound of a half fen: NEEDS_EXACT", () =>
    expect(() => awardOf(50.005, 1e-9, Infinity, 0)).toThrow());
  it("above 10 trillion: NEEDS_EXACT (the full path raises the error)", () => {
    try {
      awardOf(2e13, 0, Infinity, 0);
      throw new Error("expected NEEDS_EXACT");
    } catch (e) {
      expect(e).toBe(NEEDS_EXACT);
    }
  });
});
