/**
 * HZ-HUMANOID-06 (HZ_SCENARIO_AWARD), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_SCENARIO_AWARD: 「按实际投入的50%、予以最高200万元的奖励」", () => {
  const F = "HZ_SCENARIO_AWARD";

  it("50% below the cap", () => {
    expect(award(F, 3_999_998)).toBeCloseTo(1_999_999, 2); // 50% × 3,999,998 = 1,999,999
  });
  it("reaches the 2,000,000 cap exactly at 4,000,000", () => {
    expect(award(F, 4_000_000)).toBeCloseTo(2_000_000, 2); // 50% × 4,000,000 = 2,000,000 = cap
  });
  it("「最高200万元」 caps just above", () => {
    expect(award(F, 4_000_002)).toBeCloseTo(2_000_000, 2); // 50% × 4,000,002 = 2,000,001 → cap
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "actual_investment must be a number"],
    [[-1], "#VALUE!", "actual_investment must not be negative"],
    [[""], "#VALUE!", "actual_investment is required"],
    [[undefined], "#VALUE!", "actual_investment is required"],
  ]);
});
