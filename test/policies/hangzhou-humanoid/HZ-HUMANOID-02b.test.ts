/**
 * HZ-HUMANOID-02b (HZ_RESEARCH_MATCHING_SUBSIDY), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_RESEARCH_MATCHING_SUBSIDY: 「按国家、省实际到账补助资金的25%,给予最高500万元的补助」", () => {
  const F = "HZ_RESEARCH_MATCHING_SUBSIDY";

  it("25% of funds received, below the cap", () => {
    expect(award(F, 4_000_000)).toBeCloseTo(1_000_000, 2); // 25% × 4,000,000 = 1,000,000
  });
  it("reaches the 5,000,000 cap exactly at 20,000,000 received", () => {
    expect(award(F, 20_000_000)).toBeCloseTo(5_000_000, 2); // 25% × 20,000,000 = 5,000,000 = cap
  });
  it("「最高500万元」 caps a larger amount", () => {
    expect(award(F, 24_000_000)).toBeCloseTo(5_000_000, 2); // 25% × 24,000,000 = 6,000,000 → cap 5,000,000
  });
  it("a later tranche is reduced by the matching already paid", () => {
    expect(award(F, 12_000_000, 1_000_000)).toBeCloseTo(2_000_000, 2); // 25% × 12,000,000 = 3,000,000 − 1,000,000
  });
  it("the cap is exhausted once 5,000,000 has been paid", () => {
    expect(award(F, 40_000_000, 5_000_000)).toBeCloseTo(0, 2); // min(10,000,000, 5,000,000) − 5,000,000 = 0
  });
  it("never negative when more was paid than the cumulative formula gives", () => {
    expect(award(F, 4_000_000, 1_500_000)).toBeCloseTo(0, 2); // 1,000,000 − 1,500,000 → floor 0
  });
  it("a blank paid_in_prior_phases counts as 0", () => {
    expect(award(F, 8_000_000, "")).toBeCloseTo(2_000_000, 2); // 25% × 8,000,000 = 2,000,000
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "funds_received must be a number"],
    [[-1], "#VALUE!", "funds_received must not be negative"],
    [[""], "#VALUE!", "funds_received is required"],
    [[undefined], "#VALUE!", "funds_received is required"],
    [[1_000_000, -5], "#VALUE!", "paid_in_prior_phases must not be negative"],
    [[1_000_000, "abc"], "#VALUE!", "paid_in_prior_phases must be a number"],
  ]);
});
