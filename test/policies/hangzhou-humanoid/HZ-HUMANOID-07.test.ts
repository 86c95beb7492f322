/**
 * HZ-HUMANOID-07 (HZ_PILOT_PLATFORM_SUBSIDY), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { expectError, itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_PILOT_PLATFORM_SUBSIDY: 「不超过实际投入30%…分年度予以补助,单个平台最高补助5000万元」", () => {
  const F = "HZ_PILOT_PLATFORM_SUBSIDY";

  it("30% of cumulative investment in the first year", () => {
    expect(award(F, 10_000_000)).toBeCloseTo(3_000_000, 2); // 30% × 10,000,000 = 3,000,000
  });
  it("reaches the 50,000,000 cap exactly (25% of 200,000,000)", () => {
    expect(award(F, 200_000_000, 0, 0.25)).toBeCloseTo(50_000_000, 2); // 25% × 200,000,000 = 50,000,000 = cap
  });
  it("a later year pays the cumulative amount less earlier years", () => {
    expect(award(F, 60_000_000, 9_000_000)).toBeCloseTo(9_000_000, 2); // 30% × 60,000,000 = 18,000,000 − 9,000,000
  });
  it("「单个平台最高补助5000万元」 caps the cumulative amount before deducting", () => {
    expect(award(F, 300_000_000, 40_000_000)).toBeCloseTo(10_000_000, 2); // min(90,000,000, 50,000,000) − 40,000,000
  });
  it("nothing more once 50,000,000 has been paid", () => {
    expect(award(F, 300_000_000, 50_000_000)).toBeCloseTo(0, 2); // 50,000,000 − 50,000,000 = 0
  });
  it("「不超过…30%」: 0.30 is allowed, 0.31 is not", () => {
    expect(award(F, 10_000_000, 0, 0.3)).toBeCloseTo(3_000_000, 2); // 30% × 10,000,000
    expectError(F, [10_000_000, 0, 0.31], "#NUM!", "rate exceeds the policy maximum of 0.3");
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "cumulative_actual_investment must be a number"],
    [[-1], "#VALUE!", "cumulative_actual_investment must not be negative"],
    [[""], "#VALUE!", "cumulative_actual_investment is required"],
    [[undefined], "#VALUE!", "cumulative_actual_investment is required"],
    [[10_000_000, -1], "#VALUE!", "paid_in_prior_years must not be negative"],
    [[10_000_000, 0, "abc"], "#VALUE!", "rate must be a number"],
  ]);
});
