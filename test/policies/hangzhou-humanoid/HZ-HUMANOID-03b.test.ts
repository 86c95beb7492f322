/**
 * HZ-HUMANOID-03b (HZ_FREE_OFFICE_VALUE), 杭政办函〔2024〕66号, spec §4.2 / §5.3.
 * Every expected amount is worked out by hand from the policy text; the arithmetic is in the comment beside it.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ_FREE_OFFICE_VALUE: 「使用时间不超过3年、面积不超过1000平方米的免费办公场所」 (in kind)", () => {
  const F = "HZ_FREE_OFFICE_VALUE";

  it("area × months × rent within both limits", () => {
    expect(award(F, 200, 12, 50)).toBeCloseTo(120_000, 2); // 200 × 12 × 50 = 120,000
  });
  it("「面积不超过1000平方米」: 1,000 m² counts in full", () => {
    expect(award(F, 1_000, 12, 50)).toBeCloseTo(600_000, 2); // 1,000 × 12 × 50 = 600,000
  });
  it("「面积不超过1000平方米」: 1,001 m² counts as 1,000", () => {
    expect(award(F, 1_001, 12, 50)).toBeCloseTo(600_000, 2); // min(1,001, 1,000) × 12 × 50 = 600,000
  });
  it("「使用时间不超过3年」: 36 months count in full", () => {
    expect(award(F, 100, 36, 50)).toBeCloseTo(180_000, 2); // 100 × 36 × 50 = 180,000
  });
  it("「使用时间不超过3年」: 37 months count as 36", () => {
    expect(award(F, 100, 37, 50)).toBeCloseTo(180_000, 2); // 100 × min(37, 36) × 50 = 180,000
  });
  it("fractional areas and rents are valued as entered", () => {
    expect(award(F, 999.5, 12, 50.5)).toBeCloseTo(605_697, 2); // 999.5 × 12 × 50.5 = 11,994 × 50.5 = 605,697
  });

  itRejects(F, [
    [["abc", 12, 50], "#VALUE!", "area_m2 must be a number"],
    [[-1, 12, 50], "#VALUE!", "area_m2 must not be negative"],
    [["", 12, 50], "#VALUE!", "area_m2 is required"],
    [[100, undefined, 50], "#VALUE!", "months is required"],
    [[100, -1, 50], "#VALUE!", "months must not be negative"],
    [[100, 12, ""], "#VALUE!", "monthly_rent_per_m2 is required"],
    [[100, 12, "abc"], "#VALUE!", "monthly_rent_per_m2 must be a number"],
  ]);
});
