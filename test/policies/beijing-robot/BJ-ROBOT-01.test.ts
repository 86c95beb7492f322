/** BJ-ROBOT-01 (BJ_KEYTECH_GRANT). Expected amounts by hand from the policy text; the arithmetic beside each. */
import { itRejects } from "../../support/expect-error";
import { award } from "./award";

describe("BJ_KEYTECH_GRANT: 「根据攻关投入予以支持，最高 3000 万元。」 (rate not stated)", () => {
  const F = "BJ_KEYTECH_GRANT";

  it("investment × the user's rate, below the cap", () => {
    expect(award(F, 20_000_000, 0.25)).toBeCloseTo(5_000_000, 2); // 20,000,000 × 25% = 5,000,000
  });
  it("reaches the 30,000,000 cap exactly", () => {
    expect(award(F, 100_000_000, 0.3)).toBeCloseTo(30_000_000, 2); // 100,000,000 × 30% = 30,000,000 = cap
  });
  it("「最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 100_000_010, 0.3)).toBeCloseTo(30_000_000, 2); // 30,000,003 → cap 30,000,000
  });

  itRejects(F, [
    [["abc", 0.3], "#VALUE!", "tackling_investment must be a number"],
    [[-1, 0.3], "#VALUE!", "tackling_investment must not be negative"],
    [["", 0.3], "#VALUE!", "tackling_investment is required"],
    [[undefined, 0.3], "#VALUE!", "tackling_investment is required"],
    [[1_000_000, ""], "#VALUE!", "rate is required"],
    [[1_000_000, undefined], "#VALUE!", "rate is required"],
    [[1_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[1_000_000, 1.1], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
  ]);
});
