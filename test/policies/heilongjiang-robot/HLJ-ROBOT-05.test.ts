/**
 * HLJ-ROBOT-05 「按照项目核定总投资的20%安排资金，原则上单个项目支持金额不超过5000万元」
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_INDUSTRIALIZATION_GRANT — 20%, 「原则上…不超过5000万元」", () => {
  test("below the cap", () => {
    // 249,999,999.95 × 0.20 = 49,999,999.99
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [249_999_999.95])).toBeCloseTo(49_999_999.99, 2);
  });
  test("at the cap", () => {
    // 250,000,000 × 0.20 = 50,000,000 = cap
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [250_000_000])).toBeCloseTo(50_000_000, 2);
  });
  test("capped", () => {
    // 250,000,000.05 × 0.20 = 50,000,000.01 → cap 50,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [250_000_000.05])).toBeCloseTo(50_000_000, 2);
  });
  test("blank cap takes the default 50,000,000", () => {
    // 400,000,000 × 0.20 = 80,000,000 → 50,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [400_000_000, ""])).toBeCloseTo(50_000_000, 2);
  });
  test("「原则上」: an approved exception raises the cap", () => {
    // 400,000,000 × 0.20 = 80,000,000 ≤ 90,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [400_000_000, 90_000_000])).toBeCloseTo(
      80_000_000,
      2
    );
  });
  test("…or lowers it", () => {
    // 100,000,000 × 0.20 = 20,000,000 → 10,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [100_000_000, 10_000_000])).toBeCloseTo(
      10_000_000,
      2
    );
  });
});
