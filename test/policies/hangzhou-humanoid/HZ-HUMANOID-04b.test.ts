/**
 * HZ-HUMANOID-04b (HZ_NEW_INVESTMENT_SUBSIDY), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_NEW_INVESTMENT_SUBSIDY: 「不高于实际投资总额(不含土地、厂房、旧设备等)的30%、最高5000万元」", () => {
  const F = "HZ_NEW_INVESTMENT_SUBSIDY";

  it("30% of the net investment by default, below the cap", () => {
    expect(award(F, 150_000_000)).toBeCloseTo(45_000_000, 2); // 150,000,000 × 30% = 45,000,000
  });
  it("reaches the 50,000,000 cap exactly (at a 25% rate on 200,000,000)", () => {
    expect(award(F, 200_000_000, 0, 0.25)).toBeCloseTo(50_000_000, 2); // 200,000,000 × 25% = 50,000,000 = cap
  });
  it("「最高5000万元」 caps a larger amount", () => {
    expect(award(F, 200_000_000)).toBeCloseTo(50_000_000, 2); // 200,000,000 × 30% = 60,000,000 → cap 50,000,000
  });
  it("「不高于…30%」: exactly 0.30 is allowed", () => {
    expect(award(F, 10_000_000, 0, 0.3)).toBeCloseTo(3_000_000, 2); // 10,000,000 × 30% = 3,000,000
  });
  it("excluded assets larger than the gross leave nothing", () => {
    expect(award(F, 5_000_000, 6_000_000)).toBeCloseTo(0, 2); // max(0, 5,000,000 − 6,000,000) × 30% = 0
  });

  itRejects(F, [
    [[10_000_000, 0, 0.31], "#NUM!", "rate exceeds the policy maximum of 0.3"],
    [["abc"], "#VALUE!", "actual_total_investment must be a number"],
    [[-1], "#VALUE!", "actual_total_investment must not be negative"],
    [[""], "#VALUE!", "actual_total_investment is required"],
    [[undefined], "#VALUE!", "actual_total_investment is required"],
    [[10_000_000, -1], "#VALUE!", "excluded_assets must not be negative"],
    [[10_000_000, 0, "abc"], "#VALUE!", "rate must be a number"],
  ]);
});
