/** BJ-ROBOT-06b (BJ_PROJECT_LOAN_INTEREST_SUBSIDY). Expected amounts by hand from the policy text; the arithmetic beside each. */
import { itRejects } from "../../support/expect-error";
import { award } from "./award";

describe("BJ_PROJECT_LOAN_INTEREST_SUBSIDY: 「不超过…LPR…予以贴息，贴息期限不超过 3 年，年度最高 3000 万元」", () => {
  const F = "BJ_PROJECT_LOAN_INTEREST_SUBSIDY";

  it("at the LPR by default", () => {
    expect(award(F, 200_000_000, 0.035)).toBeCloseTo(7_000_000, 2); // 200,000,000 × 3.5% = 7,000,000
  });
  it("「不超过…LPR」: a subsidy rate equal to the LPR is allowed", () => {
    expect(award(F, 200_000_000, 0.035, 0.035)).toBeCloseTo(7_000_000, 2); // 200,000,000 × 3.5%
  });
  it("a subsidy rate below the LPR", () => {
    expect(award(F, 200_000_000, 0.035, 0.02)).toBeCloseTo(4_000_000, 2); // 200,000,000 × 2% = 4,000,000
  });
  it("「贴息期限不超过 3 年」: year 3 is paid", () => {
    expect(award(F, 200_000_000, 0.035, undefined, 3)).toBeCloseTo(7_000_000, 2); // year 3 ≤ 3 → 7,000,000
  });
  it("「贴息期限不超过 3 年」: year 4 is not", () => {
    expect(award(F, 200_000_000, 0.035, undefined, 4)).toBeCloseTo(0, 2); // year 4 > 3 → 0
  });
  it("reaches the 30,000,000 annual cap exactly", () => {
    expect(award(F, 1_000_000_000, 0.03)).toBeCloseTo(30_000_000, 2); // 1,000,000,000 × 3% = 30,000,000 = cap
  });
  it("「年度最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 1_000_000_000, 0.04)).toBeCloseTo(30_000_000, 2); // 40,000,000 → cap 30,000,000
  });
  it("the year's room is reduced by subsidy already received", () => {
    expect(award(F, 500_000_000, 0.035, undefined, 1, 20_000_000)).toBeCloseTo(10_000_000, 2); // min(17,500,000, 30,000,000 − 20,000,000) = 10,000,000
  });
  it("nothing left once 30,000,000 has been received this year", () => {
    expect(award(F, 500_000_000, 0.035, undefined, 1, 30_000_000)).toBeCloseTo(0, 2); // room 0
  });
  it("a subsidy cannot exceed the interest actually paid", () => {
    expect(award(F, 200_000_000, 0.035, undefined, 1, 0, 6_000_000)).toBeCloseTo(6_000_000, 2); // min(7,000,000, 6,000,000)
    expect(award(F, 200_000_000, 0.035, undefined, 1, 0, 8_000_000)).toBeCloseTo(7_000_000, 2); // min(7,000,000, 8,000,000)
  });

  itRejects(F, [
    [
      [200_000_000, 0.035, 0.036],
      "#NUM!",
      "subsidy_rate exceeds the policy maximum of lpr (0.035)",
    ],
    [[200_000_000, 0.035, undefined, 0], "#NUM!", "year_index must be a whole number ≥ 1"],
    [[200_000_000, 0.035, undefined, 2.5], "#NUM!", "year_index must be a whole number ≥ 1"],
    [["abc", 0.035], "#VALUE!", "avg_loan_balance must be a number"],
    [[-1, 0.035], "#VALUE!", "avg_loan_balance must not be negative"],
    [["", 0.035], "#VALUE!", "avg_loan_balance is required"],
    [[undefined, 0.035], "#VALUE!", "avg_loan_balance is required"],
    [[200_000_000, ""], "#VALUE!", "lpr is required"],
    [[200_000_000, undefined], "#VALUE!", "lpr is required"],
    [[200_000_000, "abc"], "#VALUE!", "lpr must be a number"],
    [[200_000_000, 0.035, "abc"], "#VALUE!", "subsidy_rate must be a number"],
    [[200_000_000, 0.035, undefined, 1, -1], "#VALUE!", "received_to_date must not be negative"],
    [
      [200_000_000, 0.035, undefined, 1, 0, -1],
      "#VALUE!",
      "actual_interest_paid must not be negative",
    ],
  ]);
});
