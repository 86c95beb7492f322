/**
 * The twin clauses BJ-ROBOT-03a (BJ_PUBLIC_PLATFORM_SUBSIDY) and 06a (BJ_BENCHMARK_FACTORY_AWARD) read the
 * same: 「按照不超过建设项目投资的 30%予以补贴/奖励，最高 3000 万元」. One table of hand-worked cases for both.
 */
import { expectError, itRejects } from "../../support/expect-error";
import { award } from "./award";

/** [what it checks, arguments, expected award (by hand, in the comment)]. */
const CASES: [string, unknown[], number][] = [
  // 50,000,000 × 30% = 15,000,000
  ["30% by default, below the cap", [50_000_000], 15_000_000],
  // 「不超过…30%」: 0.30 itself is allowed; 50,000,000 × 30% = 15,000,000
  ["0.30 is allowed", [50_000_000, 0.3], 15_000_000],
  // 80,000,000 × 20% = 16,000,000
  ["a lower rate when the review sets one", [80_000_000, 0.2], 16_000_000],
  // 100,000,000 × 30% = 30,000,000 = cap
  ["reaches the 30,000,000 cap exactly at 100,000,000", [100_000_000], 30_000_000],
  // 100,000,010 × 30% = 30,000,003 → cap 30,000,000
  ["「最高 3000 万元」 caps a larger amount", [100_000_010], 30_000_000],
  // 120,000,000 × 30% = 36,000,000 → cap 30,000,000
  ["「最高 3000 万元」 caps a much larger amount", [120_000_000], 30_000_000],
];

export function describeConstructionInvestment(F: string, quote: string): void {
  describe(`${F}: ${quote}`, () => {
    it.each(CASES)("%s", (_what, args, expected) => {
      expect(award(F, ...args)).toBeCloseTo(expected, 2);
    });
    it("「不超过…30%」: 0.31 is not allowed", () => {
      expectError(F, [50_000_000, 0.31], "#NUM!", "rate exceeds the policy maximum of 0.3");
    });

    itRejects(F, [
      [[80_000_000, 0.35], "#NUM!", "rate exceeds the policy maximum of 0.3"],
      [["abc"], "#VALUE!", "project_investment must be a number"],
      [[-1], "#VALUE!", "project_investment must not be negative"],
      [[""], "#VALUE!", "project_investment is required"],
      [[undefined], "#VALUE!", "project_investment is required"],
      [[1_000_000, "abc"], "#VALUE!", "rate must be a number"],
    ]);
  });
}
