/**
 * HZ-HUMANOID-02c (HZ_FLAGSHIP_PROJECT_SUBSIDY), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_FLAGSHIP_PROJECT_SUBSIDY: 「实际投资总额(…不含土地、厂房、旧设备及获得的国家、省、市相关扶持资金)的50%、最高300万元」", () => {
  const F = "HZ_FLAGSHIP_PROJECT_SUBSIDY";

  it("50% of the investment, nothing excluded, below the cap", () => {
    expect(award(F, 4_000_000)).toBeCloseTo(2_000_000, 2); // 50% × 4,000,000 = 2,000,000
  });
  it("reaches the 3,000,000 cap exactly at 6,000,000", () => {
    expect(award(F, 6_000_000)).toBeCloseTo(3_000_000, 2); // 50% × 6,000,000 = 3,000,000 = cap
  });
  it("「最高300万元」 caps just above", () => {
    expect(award(F, 6_000_002)).toBeCloseTo(3_000_000, 2); // 50% × 6,000,002 = 3,000,001 → cap 3,000,000
  });
  it("land, buildings, used equipment and support funds come off the base", () => {
    expect(award(F, 10_000_000, 3_000_000, 2_000_000)).toBeCloseTo(2_500_000, 2); // (10,000,000 − 3,000,000 − 2,000,000) × 50% = 2,500,000
  });
  it("the base never goes below 0", () => {
    expect(award(F, 1_000_000, 2_000_000, 0)).toBeCloseTo(0, 2); // max(0, 1,000,000 − 2,000,000) × 50% = 0
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "total_investment must be a number"],
    [[-1], "#VALUE!", "total_investment must not be negative"],
    [[""], "#VALUE!", "total_investment is required"],
    [[undefined], "#VALUE!", "total_investment is required"],
    [[1_000_000, -1], "#VALUE!", "excluded_assets must not be negative"],
    [[1_000_000, 0, "abc"], "#VALUE!", "support_funds_received must be a number"],
  ]);
});
