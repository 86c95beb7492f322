/** BJ-ROBOT-07 (BJ_BTH_SUPPLY_CHAIN_AWARD). Expected amounts by hand from the policy text; the arithmetic beside each. */
import { expectError, itRejects } from "../../support/expect-error";
import { award } from "./award";

describe("BJ_BTH_SUPPLY_CHAIN_AWARD: 「按照不超过实际履约金额的 5%予以奖励，最高 3000 万元」", () => {
  const F = "BJ_BTH_SUPPLY_CHAIN_AWARD";

  it("5% by default, below the cap", () => {
    expect(award(F, 60_000_000)).toBeCloseTo(3_000_000, 2); // 60,000,000 × 5% = 3,000,000
  });
  it("reaches the 30,000,000 cap exactly at 600,000,000", () => {
    expect(award(F, 600_000_000)).toBeCloseTo(30_000_000, 2); // 600,000,000 × 5% = 30,000,000 = cap
  });
  it("「最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 600_000_100)).toBeCloseTo(30_000_000, 2); // 30,000,005 → cap
  });
  it("「不超过…5%」: 0.05 is allowed, 0.051 is not", () => {
    expect(award(F, 60_000_000, 0.05)).toBeCloseTo(3_000_000, 2); // 60,000,000 × 5%
    expect(award(F, 60_000_000, 0.03)).toBeCloseTo(1_800_000, 2); // 60,000,000 × 3% = 1,800,000
    expectError(F, [60_000_000, 0.051], "#NUM!", "rate exceeds the policy maximum of 0.05");
  });
  // Revision 2: 「最高 3000 万元」 is the enterprise's ceiling over the policy term (scope cumulative).
  it("received_to_date leaves the room under the cumulative 30,000,000 (Revision 2 worked example)", () => {
    // 400,000,000 × 0.05 = 20,000,000; room 30,000,000 − 25,000,000 = 5,000,000 → 5,000,000
    expect(award(F, 400_000_000, 0.05, 25_000_000)).toBe(5_000_000);
  });
  it("the room does not bind when the award fits under it", () => {
    // 60,000,000 × 0.05 = 3,000,000 ≤ room 30,000,000 − 26,000,000 = 4,000,000 → 3,000,000
    expect(award(F, 60_000_000, undefined, 26_000_000)).toBe(3_000_000);
  });
  it("nothing once the ceiling has been received, or more than it (floored at 0)", () => {
    // room 30,000,000 − 30,000,000 = 0; 30,000,000 − 31,000,000 → max(0, …) = 0
    expect(award(F, 100_000_000, 0.05, 30_000_000)).toBe(0);
    expect(award(F, 100_000_000, 0.05, 31_000_000)).toBe(0);
  });
  it("blank received_to_date is 0: the per-award reading", () => {
    // 800,000,000 × 0.05 = 40,000,000 → min(40,000,000, 30,000,000 − 0) = 30,000,000
    expect(award(F, 800_000_000, 0.05, "")).toBe(30_000_000);
  });

  itRejects(F, [
    [[100_000_000, 0.05, -1], "#VALUE!", "received_to_date must not be negative"],
    [[100_000_000, 0.05, "abc"], "#VALUE!", "received_to_date must be a number"],
    [["abc"], "#VALUE!", "contract_performance_amount must be a number"],
    [[-1], "#VALUE!", "contract_performance_amount must not be negative"],
    [[""], "#VALUE!", "contract_performance_amount is required"],
    [[undefined], "#VALUE!", "contract_performance_amount is required"],
  ]);
});
