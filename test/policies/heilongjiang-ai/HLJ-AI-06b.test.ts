/**
 * HLJ-AI-06b (HLJ-AI, spec §4.4 / §5.2). Every expected number is worked out by hand from the policy text; the
 * arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

// HLJ-AI-06b 「按照核定总投资的10%给予补助，单个项目支持金额最高不超过1000万元」
describe("HLJAI_NATIONAL_DATASET_SUBSIDY — 10%, 「最高不超过1000万元」", () => {
  test("below the cap", () => {
    // 99,999,999.9 × 0.10 = 9,999,999.99
    expect(award("HLJAI_NATIONAL_DATASET_SUBSIDY", [99_999_999.9])).toBeCloseTo(9_999_999.99, 2);
  });
  test("at the cap", () => {
    // 100,000,000 × 0.10 = 10,000,000
    expect(award("HLJAI_NATIONAL_DATASET_SUBSIDY", [100_000_000])).toBeCloseTo(10_000_000, 2);
  });
  test("capped", () => {
    // 100,000,000.1 × 0.10 = 10,000,000.01 → 10,000,000
    expect(award("HLJAI_NATIONAL_DATASET_SUBSIDY", [100_000_000.1])).toBeCloseTo(10_000_000, 2);
  });
});
