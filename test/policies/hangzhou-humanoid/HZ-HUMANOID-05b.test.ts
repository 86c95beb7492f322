/**
 * HZ-HUMANOID-05b (HZ_COMPONENT_PURCHASE_AWARD), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_COMPONENT_PURCHASE_AWARD: 「年度采购量达100万元的,按年度采购量的10%予以奖励,单家企业每年最高奖励500万元」", () => {
  const F = "HZ_COMPONENT_PURCHASE_AWARD";

  it("「达100万元」 includes 1,000,000", () => {
    expect(award(F, 1_000_000)).toBeCloseTo(100_000, 2); // 10% × 1,000,000 = 100,000
  });
  it("「达100万元」: 999,999.99 does not qualify", () => {
    expect(award(F, 999_999.99)).toBeCloseTo(0, 2); // below 1,000,000 → 0
  });
  it("reaches the 5,000,000 annual cap exactly at 50,000,000", () => {
    expect(award(F, 50_000_000)).toBeCloseTo(5_000_000, 2); // 10% × 50,000,000 = 5,000,000 = cap
  });
  it("「每年最高奖励500万元」 caps a larger amount", () => {
    expect(award(F, 60_000_000)).toBeCloseTo(5_000_000, 2); // 10% × 60,000,000 = 6,000,000 → cap 5,000,000
  });
  it("the year's room is reduced by awards already received", () => {
    expect(award(F, 20_000_000, 4_000_000)).toBeCloseTo(1_000_000, 2); // min(2,000,000, 5,000,000 − 4,000,000) = 1,000,000
  });
  it("nothing left once 5,000,000 has been received this year", () => {
    expect(award(F, 20_000_000, 5_000_000)).toBeCloseTo(0, 2); // room max(0, 5,000,000 − 5,000,000) = 0
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "annual_purchase must be a number"],
    [[-1], "#VALUE!", "annual_purchase must not be negative"],
    [[""], "#VALUE!", "annual_purchase is required"],
    [[undefined], "#VALUE!", "annual_purchase is required"],
    [[2_000_000, -1], "#VALUE!", "received_to_date must not be negative"],
    [[2_000_000, "abc"], "#VALUE!", "received_to_date must be a number"],
  ]);
});
