/**
 * HZ-HUMANOID-05a (HZ_CHAIN_ENTRY_AWARD), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_CHAIN_ENTRY_AWARD: 「连续两年销售额均超过1000万元的,给予…一次性奖励100万元」", () => {
  const F = "HZ_CHAIN_ENTRY_AWARD";

  it("「超过」: just above 10,000,000 in both years earns 1,000,000", () => {
    expect(award(F, 10_000_000.01, 10_000_000.01)).toBeCloseTo(1_000_000, 2); // both > 10,000,000 → 1,000,000
  });
  it("「超过」 excludes 10,000,000 itself (year 1)", () => {
    expect(award(F, 10_000_000, 20_000_000)).toBeCloseTo(0, 2); // 10,000,000 is not > 10,000,000
  });
  it("「均」: year 2 must also exceed 10,000,000", () => {
    expect(award(F, 20_000_000, 10_000_000)).toBeCloseTo(0, 2); // year 2 not > 10,000,000
  });
  it("the award is fixed, however large the sales", () => {
    expect(award(F, 900_000_000, 900_000_000)).toBeCloseTo(1_000_000, 2); // one-time 1,000,000
  });

  itRejects(F, [
    [["abc", 20_000_000], "#VALUE!", "sales_year1 must be a number"],
    [[-1, 20_000_000], "#VALUE!", "sales_year1 must not be negative"],
    [["", 20_000_000], "#VALUE!", "sales_year1 is required"],
    [[20_000_000, undefined], "#VALUE!", "sales_year2 is required"],
    [[20_000_000, -1], "#VALUE!", "sales_year2 must not be negative"],
  ]);
});
