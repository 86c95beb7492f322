/**
 * HLJ-ROBOT-07b 「给予10%的一次性补助，最高分别不超过200万元和1000万元」
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_DIGITAL_FACTORY_SUBSIDY — 10%, 「最高分别不超过200万元和1000万元」 in listing order", () => {
  test.each([
    "WORKSHOP",
    "LINE",
    "数字化车间",
    "生产线",
    "数字化车间（生产线）",
    " workshop ",
    "line",
  ])("%p is a workshop / production line: cap 2,000,000", (type) => {
    // 35,000,000 × 0.10 = 3,500,000 → 2,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [35_000_000, type])).toBeCloseTo(2_000_000, 2);
  });
  test.each(["FACTORY", "智能工厂", "factory"])("%p is a smart factory: cap 10,000,000", (type) => {
    // 35,000,000 × 0.10 = 3,500,000 < 10,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [35_000_000, type])).toBeCloseTo(3_500_000, 2);
  });
  test("workshop: below, at and above the 2,000,000 cap", () => {
    // 19,999,999.9 × 0.10 = 1,999,999.99
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [19_999_999.9, "WORKSHOP"])).toBeCloseTo(
      1_999_999.99,
      2
    );
    // 20,000,000 × 0.10 = 2,000,000 = cap
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [20_000_000, "WORKSHOP"])).toBeCloseTo(
      2_000_000,
      2
    );
    // 20,000,000.1 × 0.10 = 2,000,000.01 → cap 2,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [20_000_000.1, "WORKSHOP"])).toBeCloseTo(
      2_000_000,
      2
    );
  });
  test("factory: at and above the 10,000,000 cap", () => {
    // 100,000,000 × 0.10 = 10,000,000 = cap
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [100_000_000, "FACTORY"])).toBeCloseTo(
      10_000_000,
      2
    );
    // 100,000,000.1 × 0.10 = 10,000,000.01 → cap 10,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [100_000_000.1, "FACTORY"])).toBeCloseTo(
      10_000_000,
      2
    );
  });
});
