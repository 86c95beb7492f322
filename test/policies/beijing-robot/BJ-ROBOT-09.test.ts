/** BJ-ROBOT-09 (BJ_FIRST_TRIAL_AWARD). Expected amounts by hand from the policy text; the arithmetic beside each. */
import { itRejects } from "../../support/expect-error";
import { award } from "./award";

describe("BJ_FIRST_TRIAL_AWARD: 「单台（套）产品最高 50 万元，每家企业年度奖励最高 200 万元」", () => {
  const F = "BJ_FIRST_TRIAL_AWARD";

  it("per product: below, at and above 500,000", () => {
    expect(award(F, [[499_999.99]])).toBeCloseTo(499_999.99, 2); // below the per-unit cap
    expect(award(F, [[500_000]])).toBeCloseTo(500_000, 2); // = per-unit cap
    expect(award(F, [[500_000.01]])).toBeCloseTo(500_000, 2); // → per-unit cap 500,000
  });
  it("reaches the 2,000,000 annual cap exactly with four capped products", () => {
    expect(award(F, [[500_000], [500_000], [700_000], [900_000]])).toBeCloseTo(2_000_000, 2); // 4 × 500,000 = 2,000,000 = cap
  });
  it("「年度奖励最高 200 万元」 caps the sum", () => {
    expect(award(F, [[500_000], [500_000], [500_000], [500_000], [100_000]])).toBeCloseTo(
      2_000_000,
      2
    ); // 2,100,000 → cap 2,000,000
  });
  it("the year's room is reduced by awards already received", () => {
    expect(award(F, [[500_000], [500_000]], 1_500_000)).toBeCloseTo(500_000, 2); // min(1,000,000, 2,000,000 − 1,500,000) = 500,000
  });
  it("nothing left once 2,000,000 has been received this year", () => {
    expect(award(F, [[300_000]], 2_000_000)).toBeCloseTo(0, 2); // room 0
  });
  it('blank cells in the range are skipped (null from Excel on the web, "" from a blank cell)', () => {
    expect(award(F, [[300_000], [""], [null], [200_000]])).toBeCloseTo(500_000, 2); // 300,000 + 200,000
  });
  it("a row range works like a column", () => {
    expect(award(F, [[300_000, 600_000]])).toBeCloseTo(800_000, 2); // 300,000 + min(600,000, 500,000)
  });
  it("a range of blank cells has no items → 0 (spec §2.5)", () => {
    expect(award(F, [[""], [null]])).toBeCloseTo(0, 2); // no items
  });

  itRejects(F, [
    [
      [[[100_000], ["abc"]]],
      "#VALUE!",
      "requested_amounts contains an invalid value at position 2",
    ],
    [
      [
        [
          [100_000, ""],
          ["x", 5],
        ],
      ],
      "#VALUE!",
      "requested_amounts contains an invalid value at position 3",
    ],
    [[[[-1]]], "#VALUE!", "requested_amounts contains an invalid value at position 1"],
    [[[[true]]], "#VALUE!", "requested_amounts contains an invalid value at position 1"],
    [[[[100_000], ["#N/A"]]], "#VALUE!", "requested_amounts contains an error at position 2"],
    [[undefined], "#VALUE!", "requested_amounts is required"],
    [[""], "#VALUE!", "requested_amounts is required"],
    [[[[100_000]], "abc"], "#VALUE!", "received_to_date must be a number"],
    [[[[100_000]], -1], "#VALUE!", "received_to_date must not be negative"],
  ]);
});
