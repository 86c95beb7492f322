/** The BigInt rationals of the exact path (src/engine/exact.ts), checked on values worked by hand. */
import * as Q from "../../src/engine/exact";

const dec = (q: Q.Rational) => [q.n, q.d];

describe("readDecimal: a double as Excel shows it (15 significant digits)", () => {
  it("reads 0.1 + 0.2 as 0.3 and 1.005 as 1.005", () => {
    expect(dec(Q.readDecimal(0.1 + 0.2))).toEqual([300000000000000n, 10n ** 15n]); // 0.300000000000000
    expect(Q.cmp(Q.readDecimal(1.005), { n: 1005n, d: 1000n })).toBe(0);
  });
  it("reads integers as themselves and exponent forms by their exponent", () => {
    expect(dec(Q.readDecimal(5_000_000))).toEqual([5_000_000n, 1n]);
    expect(Q.cmp(Q.readDecimal(1e-7), { n: 1n, d: 10_000_000n })).toBe(0); // "1.00000000000000e-7"
    expect(Q.cmp(Q.readDecimal(1.5e20), { n: 150_000_000_000_000_000_000n, d: 1n })).toBe(0);
  });
});

describe("rounding to the fen", () => {
  it("half away from zero: 560,285.545 → 56,028,555 fen; −0.005 → −1 fen", () => {
    expect(Q.roundHalfAwayToFen({ n: 560_285_545n, d: 1000n })).toBe(56_028_555n);
    expect(Q.roundHalfAwayToFen({ n: -5n, d: 1000n })).toBe(-1n);
    // 24,456,112.97499998592 stays below the half fen → 2,445,611,297 fen
    expect(Q.roundHalfAwayToFen({ n: 2_445_611_297_499_998_592n, d: 10n ** 11n })).toBe(
      2_445_611_297n
    );
  });
  it("floor to the fen: 0.005 → 0; 998,765.435 → 99,876,543 fen; 7/12 yuan → 58 fen", () => {
    expect(Q.floorToFen({ n: 5n, d: 1000n })).toBe(0n);
    expect(Q.floorToFen({ n: 998_765_435n, d: 1000n })).toBe(99_876_543n);
    expect(Q.floorToFen(Q.div({ n: 7n, d: 1n }, { n: 12n, d: 1n }))).toBe(58n); // 0.58333… yuan
  });
});
