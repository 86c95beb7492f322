/**
 * HZ-HUMANOID-04c (HZ_LOAN_INTEREST_SUBSIDY), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_LOAN_INTEREST_SUBSIDY: 「实际投资总额…达500万元且获得贷款的…不高于1%的年利率贴息…总额最高150万元」", () => {
  const F = "HZ_LOAN_INTEREST_SUBSIDY";

  it("「达500万元」 includes 5,000,000", () => {
    expect(award(F, 5_000_000, 10_000_000)).toBeCloseTo(100_000, 2); // 1% × 10,000,000 × 1 year = 100,000
  });
  it("「达500万元」: 4,999,999.99 does not qualify", () => {
    expect(award(F, 4_999_999.99, 10_000_000)).toBeCloseTo(0, 2); // below 5,000,000 → 0
  });
  it("「且获得贷款」: no loan, no subsidy", () => {
    expect(award(F, 20_000_000, 0)).toBeCloseTo(0, 2); // loan 0 → 0
  });
  it("half a year of interest", () => {
    expect(award(F, 5_000_000, 20_000_000, 0.5)).toBeCloseTo(100_000, 2); // 1% × 20,000,000 × 0.5 = 100,000
  });
  it("a blank years counts as 1 year", () => {
    expect(award(F, 5_000_000, 20_000_000, "")).toBeCloseTo(200_000, 2); // 1% × 20,000,000 × 1 = 200,000
  });
  it("a rate below 1% when the rules set one", () => {
    expect(award(F, 5_000_000, 20_000_000, 1, 0.008)).toBeCloseTo(160_000, 2); // 0.8% × 20,000,000 × 1 = 160,000
  });
  it("reaches the 1,500,000 cumulative cap exactly", () => {
    expect(award(F, 200_000_000, 150_000_000)).toBeCloseTo(1_500_000, 2); // 1% × 150,000,000 × 1 = 1,500,000 = cap
  });
  it("「总额最高150万元」 caps a larger amount", () => {
    expect(award(F, 200_000_000, 200_000_000)).toBeCloseTo(1_500_000, 2); // 1% × 200,000,000 = 2,000,000 → cap 1,500,000
  });
  it("the cap room is reduced by interest subsidy already received", () => {
    expect(award(F, 200_000_000, 100_000_000, 1, 0.01, 1_000_000)).toBeCloseTo(500_000, 2); // min(1,000,000, 1,500,000 − 1,000,000) = 500,000
  });
  it("the cap is exhausted once 1,500,000 has been received", () => {
    expect(award(F, 200_000_000, 100_000_000, 1, 0.01, 1_500_000)).toBeCloseTo(0, 2); // room max(0, 1,500,000 − 1,500,000) = 0
    expect(award(F, 200_000_000, 100_000_000, 1, 0.01, 2_000_000)).toBeCloseTo(0, 2); // room max(0, −500,000) = 0
  });
  it("a subsidy cannot exceed the interest actually paid", () => {
    expect(award(F, 5_000_000, 30_000_000, 1, 0.01, 0, 250_000)).toBeCloseTo(250_000, 2); // min(300,000, 250,000) = 250,000
    expect(award(F, 5_000_000, 30_000_000, 1, 0.01, 0, 400_000)).toBeCloseTo(300_000, 2); // min(300,000, 400,000) = 300,000
  });
  it("interest paid and the cap room together", () => {
    expect(award(F, 5_000_000, 30_000_000, 1, 0.01, 1_400_000, 250_000)).toBeCloseTo(100_000, 2); // min(300,000 → 250,000, room 100,000) = 100,000
  });

  itRejects(F, [
    [[5_000_000, 10_000_000, 1, 0.011], "#NUM!", "rate exceeds the policy maximum of 0.01"],
    [["abc", 10_000_000], "#VALUE!", "eligible_investment must be a number"],
    [[-1, 10_000_000], "#VALUE!", "eligible_investment must not be negative"],
    [["", 10_000_000], "#VALUE!", "eligible_investment is required"],
    [[undefined, 10_000_000], "#VALUE!", "eligible_investment is required"],
    [[5_000_000, ""], "#VALUE!", "loan_amount is required"],
    [[5_000_000, -1], "#VALUE!", "loan_amount must not be negative"],
    [[5_000_000, 10_000_000, "abc"], "#VALUE!", "years must be a number"],
    [[5_000_000, 10_000_000, 1, 0.01, -1], "#VALUE!", "received_to_date must not be negative"],
    [
      [5_000_000, 10_000_000, 1, 0.01, 0, "abc"],
      "#VALUE!",
      "actual_interest_paid must be a number",
    ],
  ]);
});
