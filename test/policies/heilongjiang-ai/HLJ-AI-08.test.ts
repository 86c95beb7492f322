/**
 * HLJ-AI-08 (HLJ-AI, spec §4.4 / §5.2). Every expected number is worked out by hand from the policy text; the
 * arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

// HLJ-AI-08 「按项目核定总投资的20%给予支持，单个场景支持金额最高不超过2000万元」
describe("HLJAI_SCENARIO_GRANT — 20%, 「最高不超过2000万元」", () => {
  test("below the cap", () => {
    // 99,999,999.95 × 0.20 = 19,999,999.99
    expect(award("HLJAI_SCENARIO_GRANT", [99_999_999.95])).toBeCloseTo(19_999_999.99, 2);
  });
  test("at the cap", () => {
    // 100,000,000 × 0.20 = 20,000,000
    expect(award("HLJAI_SCENARIO_GRANT", [100_000_000])).toBeCloseTo(20_000_000, 2);
  });
  test("capped", () => {
    // 100,000,000.05 × 0.20 = 20,000,000.01 → 20,000,000
    expect(award("HLJAI_SCENARIO_GRANT", [100_000_000.05])).toBeCloseTo(20_000_000, 2);
  });
});
