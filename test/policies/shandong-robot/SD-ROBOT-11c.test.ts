/** SD-ROBOT-11c (SD_RD_SUBSIDY, draft): expected amounts by hand from 「单个企业年度最高补助500万元」 (500万元 = 5,000,000). */
import { itRejects } from "../../support/expect-error";
import { award } from "./support";

describe("SD_RD_SUBSIDY: 「按相关规定给予分档分类后补助，单个企业年度最高补助500万元」", () => {
  const F = "SD_RD_SUBSIDY";

  it("R&D × the user's tier rate, below the cap", () => {
    expect(award(F, 10_000_000, 0.1)).toBeCloseTo(1_000_000, 2); // 10,000,000 × 10% = 1,000,000
  });
  it("reaches the 5,000,000 annual cap exactly", () => {
    expect(award(F, 50_000_000, 0.1)).toBeCloseTo(5_000_000, 2); // 50,000,000 × 10% = 5,000,000 = cap
  });
  it("「年度最高补助500万元」 caps a larger amount", () => {
    expect(award(F, 60_000_000, 0.1)).toBeCloseTo(5_000_000, 2); // 6,000,000 → cap 5,000,000
  });
  it("the year's room is reduced by subsidy already received", () => {
    expect(award(F, 10_000_000, 0.1, 4_500_000)).toBeCloseTo(500_000, 2); // min(1,000,000, 5,000,000 − 4,500,000) = 500,000
  });
  it("nothing left once 5,000,000 has been received this year", () => {
    expect(award(F, 10_000_000, 0.1, 5_000_000)).toBeCloseTo(0, 2); // room 0
    expect(award(F, 10_000_000, 0.1, 6_000_000)).toBeCloseTo(0, 2); // room max(0, −1,000,000) = 0
  });
  it("the rate is not stated, so no maximum below 1 applies", () => {
    expect(award(F, 1_000_000, 1)).toBeCloseTo(1_000_000, 2); // 1,000,000 × 1
  });

  itRejects(F, [
    [["abc", 0.1], "#VALUE!", "rd_investment must be a number"],
    [[-1, 0.1], "#VALUE!", "rd_investment must not be negative"],
    [["", 0.1], "#VALUE!", "rd_investment is required"],
    [[undefined, 0.1], "#VALUE!", "rd_investment is required"],
    [[10_000_000, ""], "#VALUE!", "rate is required"],
    [[10_000_000, undefined], "#VALUE!", "rate is required"],
    [[10_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[10_000_000, 1.2], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
    [[10_000_000, 0.1, -1], "#VALUE!", "received_to_date must not be negative"],
  ]);
});
