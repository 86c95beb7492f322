/** BJ-ROBOT-13a (BJ_FIRST_LOAN_SUBSIDY). Expected amounts by hand from the policy text; the arithmetic beside each. */
import { itRejects } from "../../support/expect-error";
import { award } from "./award";

describe("BJ_FIRST_LOAN_SUBSIDY: 「给予 1%的贴息或担保费用补助，补贴期限最高 1 年」", () => {
  const F = "BJ_FIRST_LOAN_SUBSIDY";

  it("1% for a full year by default", () => {
    expect(award(F, 3_000_000)).toBeCloseTo(30_000, 2); // 3,000,000 × 1% × 12/12 = 30,000
  });
  it("pro-rated for 3 months", () => {
    expect(award(F, 3_000_000, 3)).toBeCloseTo(7_500, 2); // 3,000,000 × 1% × 3/12 = 7,500
  });
  it("「补贴期限最高 1 年」: 12 months count in full", () => {
    expect(award(F, 3_000_000, 12)).toBeCloseTo(30_000, 2); // 3,000,000 × 1% × 12/12
  });
  it("「补贴期限最高 1 年」: 13 months count as 12", () => {
    expect(award(F, 3_000_000, 13)).toBeCloseTo(30_000, 2); // min(13, 12) = 12 → 30,000
  });
  it("0 months is 0", () => {
    expect(award(F, 3_000_000, 0)).toBeCloseTo(0, 2); // × 0/12
  });
  it("the subsidy cannot exceed the interest or fee actually paid", () => {
    expect(award(F, 3_000_000, 12, 20_000)).toBeCloseTo(20_000, 2); // min(30,000, 20,000)
    expect(award(F, 3_000_000, 12, 30_000)).toBeCloseTo(30_000, 2); // min(30,000, 30,000)
    expect(award(F, 3_000_000, 12, 45_000)).toBeCloseTo(30_000, 2); // min(30,000, 45,000)
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "loan_amount must be a number"],
    [[-1], "#VALUE!", "loan_amount must not be negative"],
    [[""], "#VALUE!", "loan_amount is required"],
    [[undefined], "#VALUE!", "loan_amount is required"],
    [[3_000_000, "abc"], "#VALUE!", "months must be a number"],
    [[3_000_000, -1], "#VALUE!", "months must not be negative"],
    [[3_000_000, 12, -1], "#VALUE!", "actual_cost_paid must not be negative"],
  ]);
});
