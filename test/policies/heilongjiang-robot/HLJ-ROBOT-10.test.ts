/**
 * HLJ-ROBOT-10 「给予符合条件的应用场景投资补助支持」 (no rate, no cap stated)
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_SCENARIO_SUBSIDY — 「投资补助」 with the rate and the cap as user inputs", () => {
  test("no cap given: investment × rate, uncapped", () => {
    // 150,000,000 × 0.20 = 30,000,000
    expect(award("HLJ_SCENARIO_SUBSIDY", [150_000_000, 0.2])).toBeCloseTo(30_000_000, 2);
  });
  test("below, at and above a cap given", () => {
    // 100,000,000 × 0.20 = 20,000,000; cap 20,000,000.01 → below
    expect(award("HLJ_SCENARIO_SUBSIDY", [100_000_000, 0.2, 20_000_000.01])).toBeCloseTo(
      20_000_000,
      2
    );
    // cap 20,000,000 → at
    expect(award("HLJ_SCENARIO_SUBSIDY", [100_000_000, 0.2, 20_000_000])).toBeCloseTo(
      20_000_000,
      2
    );
    // cap 19,999,999.99 → capped
    expect(award("HLJ_SCENARIO_SUBSIDY", [100_000_000, 0.2, 19_999_999.99])).toBeCloseTo(
      19_999_999.99,
      2
    );
  });
  test("rate 1 (100%) is accepted: the text sets no maximum", () => {
    // 1,000,000 × 1 = 1,000,000
    expect(award("HLJ_SCENARIO_SUBSIDY", [1_000_000, 1])).toBeCloseTo(1_000_000, 2);
  });
});
