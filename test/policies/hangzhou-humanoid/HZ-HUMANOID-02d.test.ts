/**
 * HZ-HUMANOID-02d (HZ_RD_SUBSIDY), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_RD_SUBSIDY: 「按年研发投入总量或增量给予政策支持」 (no rate, no cap in the text)", () => {
  const F = "HZ_RD_SUBSIDY";

  it("「总量」 (TOTAL) is the default basis", () => {
    expect(award(F, 8_000_000, 0.08)).toBeCloseTo(640_000, 2); // 8,000,000 × 0.08 = 640,000
  });
  it("TOTAL ignores a prior-year figure", () => {
    expect(award(F, 8_000_000, 0.1, "TOTAL", 5_000_000)).toBeCloseTo(800_000, 2); // 8,000,000 × 0.10 = 800,000
  });
  it("「增量」 (INCREMENT) uses this year minus the prior year", () => {
    expect(award(F, 8_000_000, 0.1, "INCREMENT", 5_000_000)).toBeCloseTo(300_000, 2); // (8,000,000 − 5,000,000) × 0.10 = 300,000
  });
  it("accepts the Chinese codes 总量 / 增量, lower case and surrounding spaces", () => {
    expect(award(F, 8_000_000, 0.1, "总量")).toBeCloseTo(800_000, 2); // 8,000,000 × 0.10
    expect(award(F, 8_000_000, 0.1, "增量", 5_000_000)).toBeCloseTo(300_000, 2); // 3,000,000 × 0.10
    expect(award(F, 8_000_000, 0.1, "  increment ", 5_000_000)).toBeCloseTo(300_000, 2); // 3,000,000 × 0.10
  });
  it("an R&D fall gives no increment", () => {
    expect(award(F, 5_000_000, 0.1, "INCREMENT", 6_000_000)).toBeCloseTo(0, 2); // max(0, −1,000,000) × 0.10 = 0
  });
  it("an optional cap from the implementing rules: below, at, capped", () => {
    expect(award(F, 8_000_000, 0.05, "TOTAL", undefined, 500_000)).toBeCloseTo(400_000, 2); // 400,000 < 500,000
    expect(award(F, 10_000_000, 0.05, "TOTAL", undefined, 500_000)).toBeCloseTo(500_000, 2); // 500,000 = cap
    expect(award(F, 12_000_000, 0.05, "TOTAL", undefined, 500_000)).toBeCloseTo(500_000, 2); // 600,000 → cap 500,000
  });
  it("the rate is the user's (not capped by the text): 1 is accepted", () => {
    expect(award(F, 300_000, 1)).toBeCloseTo(300_000, 2); // 300,000 × 1
  });

  itRejects(F, [
    [[8_000_000, 0.1, "INCREMENT"], "#VALUE!", "rd_prior_year is required when basis = INCREMENT"],
    [
      [8_000_000, 0.1, "INCREMENT", ""],
      "#VALUE!",
      "rd_prior_year is required when basis = INCREMENT",
    ],
    [[8_000_000, 0.1, "BOTH"], "#VALUE!", "basis must be one of: TOTAL, INCREMENT, 总量, 增量"],
    [["abc", 0.1], "#VALUE!", "rd_current_year must be a number"],
    [[-1, 0.1], "#VALUE!", "rd_current_year must not be negative"],
    [["", 0.1], "#VALUE!", "rd_current_year is required"],
    [[undefined, 0.1], "#VALUE!", "rd_current_year is required"],
    [[8_000_000, ""], "#VALUE!", "rate is required"],
    [[8_000_000, undefined], "#VALUE!", "rate is required"],
    [[8_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[8_000_000, 1.5], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
    [[8_000_000, 0.1, "INCREMENT", -1], "#VALUE!", "rd_prior_year must not be negative"],
    [[8_000_000, 0.1, "TOTAL", undefined, -1], "#VALUE!", "cap must not be negative"],
  ]);
});
