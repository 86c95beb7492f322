/** BJ-ROBOT-13b (BJ_LEASING_SUBSIDY). Expected amounts by hand from the policy text; the arithmetic beside each. */
import { expectError, itRejects } from "../../support/expect-error";
import { award } from "./award";

describe("BJ_LEASING_SUBSIDY: 「按照不超过 5%的费率予以支持，企业年度补贴额最高 1000 万元」", () => {
  const F = "BJ_LEASING_SUBSIDY";

  it("5% by default, below the cap", () => {
    expect(award(F, 60_000_000)).toBeCloseTo(3_000_000, 2); // 60,000,000 × 5% = 3,000,000
  });
  it("a lower rate when the rules set one", () => {
    expect(award(F, 40_000_000, 0.03)).toBeCloseTo(1_200_000, 2); // 40,000,000 × 3% = 1,200,000
  });
  it("reaches the 10,000,000 annual cap exactly at 200,000,000", () => {
    expect(award(F, 200_000_000)).toBeCloseTo(10_000_000, 2); // 200,000,000 × 5% = 10,000,000 = cap
  });
  it("「年度补贴额最高 1000 万元」 caps a larger amount", () => {
    expect(award(F, 200_000_020)).toBeCloseTo(10_000_000, 2); // 10,000,001 → cap
  });
  it("the year's room is reduced by subsidy already received", () => {
    expect(award(F, 60_000_000, 0.05, 9_000_000)).toBeCloseTo(1_000_000, 2); // min(3,000,000, 10,000,000 − 9,000,000) = 1,000,000
  });
  it("nothing left once 10,000,000 has been received this year", () => {
    expect(award(F, 60_000_000, 0.05, 10_000_000)).toBeCloseTo(0, 2); // room 0
  });
  it("Revision 1: the subsidy cannot exceed the leasing cost actually paid", () => {
    expect(award(F, 40_000_000, 0.05, 0, 1_500_000)).toBeCloseTo(1_500_000, 2); // min(2,000,000, 1,500,000)
    expect(award(F, 40_000_000, 0.05, 0, 2_500_000)).toBeCloseTo(2_000_000, 2); // min(2,000,000, 2,500,000)
    expect(award(F, 40_000_000, 0.05, 9_000_000, 1_500_000)).toBeCloseTo(1_000_000, 2); // min(1,500,000, room 1,000,000)
  });
  it("「不超过 5%」: 0.05 is allowed, 0.0501 is not", () => {
    expect(award(F, 40_000_000, 0.05)).toBeCloseTo(2_000_000, 2); // 40,000,000 × 5%
    expectError(F, [40_000_000, 0.0501], "#NUM!", "rate exceeds the policy maximum of 0.05");
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "lease_financing_amount must be a number"],
    [[-1], "#VALUE!", "lease_financing_amount must not be negative"],
    [[""], "#VALUE!", "lease_financing_amount is required"],
    [[undefined], "#VALUE!", "lease_financing_amount is required"],
    [[1_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[1_000_000, 0.05, -1], "#VALUE!", "received_to_date must not be negative"],
    [[1_000_000, 0.05, 0, "abc"], "#VALUE!", "actual_cost_paid must be a number"],
  ]);
});
