/**
 * HLJ-ROBOT-09 「年营收规模首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元」
 * 「超过」 excludes the number: revenue must be > T.
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_REVENUE_MILESTONE_AWARD — 「首次超过」 each tier (strict)", () => {
  test.each([
    // [revenue, expected (HIGHEST, prior 0), arithmetic]
    [10_000_000, 0, "10,000,000 is not > 10,000,000"],
    [10_000_000.01, 500_000, "> 10,000,000: tier 1 → 500,000"],
    [50_000_000, 500_000, "50,000,000 is not > 50,000,000: only tier 1 → 500,000"],
    [50_000_000.01, 2_000_000, "> 50,000,000: tiers 1–2, highest 2,000,000"],
    [100_000_000, 2_000_000, "100,000,000 is not > 100,000,000: highest 2,000,000"],
    [100_000_000.01, 3_000_000, "> 100,000,000: highest 3,000,000"],
    [300_000_000, 3_000_000, "300,000,000 is not > 300,000,000: highest 3,000,000"],
    [300_000_000.01, 5_000_000, "> 300,000,000: highest 5,000,000"],
  ])("revenue %p, no earlier revenue → %p (%s)", (revenue, expected) => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [revenue])).toBeCloseTo(expected as number, 2);
  });
  test("「首次」: a prior year at exactly the threshold had not exceeded it", () => {
    // prior 50,000,000 is not > 50,000,000, so 50M is newly crossed by 60,000,000 → 2,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 50_000_000])).toBeCloseTo(
      2_000_000,
      2
    );
  });
  test("「首次」: a prior year just above the threshold had already crossed it", () => {
    // prior 50,000,000.01 > 50,000,000; 60,000,000 crosses no new tier → 0
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 50_000_000.01])).toBe(0);
  });
  test("revenue fell: nothing newly crossed", () => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [80_000_000, 120_000_000])).toBe(0);
  });
});

describe("HLJ_REVENUE_MILESTONE_AWARD — several tiers in one year: HIGHEST by default (Revision 1), SUM as an option", () => {
  test("default and blank mode pay the highest tier", () => {
    // 120,000,000 crosses 10M, 50M, 100M; highest = 3,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0])).toBeCloseTo(3_000_000, 2);
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0, ""])).toBeCloseTo(3_000_000, 2);
  });
  test.each(["HIGHEST", "highest", "就高", "最高档"])("mode %p → 3,000,000", (mode) => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0, mode])).toBeCloseTo(3_000_000, 2);
  });
  test.each(["SUM", " sum ", "累加", "逐档累加"])(
    "mode %p pays every tier newly crossed",
    (mode) => {
      // 500,000 + 2,000,000 + 3,000,000 = 5,500,000
      expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0, mode])).toBeCloseTo(
        5_500_000,
        2
      );
    }
  );
  test("SUM counts only tiers not crossed before", () => {
    // prior 20,000,000 already > 10M; 320,000,000 newly crosses 50M, 100M, 300M: 2,000,000 + 3,000,000 + 5,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 20_000_000, "SUM"])).toBeCloseTo(
      10_000_000,
      2
    );
  });
});

describe("HLJ_REVENUE_MILESTONE_AWARD — mode TOP_UP (就高补差, Revision 2)", () => {
  // Tiers: > 10M → 500,000; > 50M → 2,000,000; > 100M → 3,000,000; > 300M → 5,000,000.
  // TOP_UP = award of the highest tier revenue exceeds − award of the highest tier prior max exceeds, ≥ 0.
  test.each([
    // [revenue, prior, expected, arithmetic]
    [320_000_000, 60_000_000, 3_000_000, "300M tier 5,000,000 − 50M tier 2,000,000"],
    [60_000_000, 0, 2_000_000, "50M tier 2,000,000 − no tier 0"],
    [
      100_000_000,
      50_000_000,
      1_500_000,
      "100M is not > 100M: 2,000,000 − 500,000 (50M is not > 50M)",
    ],
    [320_000_000, 9_000_000, 5_000_000, "5,000,000 − 0 (9M passed no tier)"],
    [120_000_000, 60_000_000, 1_000_000, "100M tier 3,000,000 − 50M tier 2,000,000"],
    [80_000_000, 120_000_000, 0, "no tier newly crossed → 0"],
    [60_000_000, 55_000_000, 0, "both passed 50M only: nothing new → 0"],
  ])("revenue %p, prior %p → %p (%s)", (revenue, prior, expected) => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [revenue, prior, "TOP_UP"])).toBe(expected);
  });
  test.each(["TOP_UP", " top_up ", "就高补差", "补差"])("mode %p is TOP_UP", (mode) => {
    // 320,000,000 with prior 60,000,000: 5,000,000 − 2,000,000 = 3,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 60_000_000, mode])).toBe(3_000_000);
  });
  test("path-independent: 9M → 60M → 320M totals the top tier, as one jump does", () => {
    // year 1: 60M over 9M → 2,000,000 − 0; year 2: 320M over 60M → 5,000,000 − 2,000,000 = 3,000,000;
    // 2,000,000 + 3,000,000 = 5,000,000 = the single jump 9M → 320M (5,000,000 − 0)
    const twoSteps =
      award("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 9_000_000, "TOP_UP"]) +
      award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 60_000_000, "TOP_UP"]);
    expect(twoSteps).toBe(5_000_000);
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 9_000_000, "TOP_UP"])).toBe(
      5_000_000
    );
  });
  test("the default stays HIGHEST (Revision 1): 320M over 60M pays the 300M tier in full", () => {
    // newly crossed 100M, 300M; HIGHEST = 5,000,000 (TOP_UP would pay 3,000,000)
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 60_000_000])).toBe(5_000_000);
  });
});
