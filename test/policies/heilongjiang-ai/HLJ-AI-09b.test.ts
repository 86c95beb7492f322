/**
 * HLJ-AI-09b 「对新建总投资2000万元（含）以上的项目，采取分阶段投资补助方式，按照项目核定总投资的20%安排补助资金，
 * 原则上单个项目支持金额不超过5000万元」
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 * 「（含）以上」 includes the number (≥) — 民法典 art. 1259.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJAI_TERMINAL_PROJECT_SUBSIDY — 「2000万元（含）以上」 includes 20,000,000", () => {
  test("at 20,000,000", () => {
    // 20,000,000 × 0.20 = 4,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [20_000_000])).toBeCloseTo(4_000_000, 2);
  });
  test("just below, 19,999,999.99 → 0", () => {
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [19_999_999.99])).toBe(0);
  });
  test("the threshold is on 新建总投资, the base is 核定总投资", () => {
    // total 20,000,000 passes; approved 10,000,000 × 0.20 = 2,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [20_000_000, 10_000_000])).toBeCloseTo(
      2_000_000,
      2
    );
    // total 19,000,000 fails, whatever the approved amount
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [19_000_000, 25_000_000])).toBe(0);
  });
  test("approved_total_investment blank → total_investment", () => {
    // 30,000,000 × 0.20 = 6,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [30_000_000, ""])).toBeCloseTo(6_000_000, 2);
  });
});

describe("HLJAI_TERMINAL_PROJECT_SUBSIDY — 「原则上…不超过5000万元」 and 「分阶段」", () => {
  test("below the cap", () => {
    // 249,999,999.95 × 0.20 = 49,999,999.99
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [249_999_999.95])).toBeCloseTo(49_999_999.99, 2);
  });
  test("at the cap", () => {
    // 250,000,000 × 0.20 = 50,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [250_000_000])).toBeCloseTo(50_000_000, 2);
  });
  test("capped", () => {
    // 300,000,000 × 0.20 = 60,000,000 → 50,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000])).toBeCloseTo(50_000_000, 2);
  });
  test("an approved exception raises the cap", () => {
    // 60,000,000 ≤ cap 70,000,000
    expect(
      award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000, undefined, 0, 70_000_000])
    ).toBeCloseTo(60_000_000, 2);
  });
  test("earlier phases are deducted", () => {
    // 60,000,000 × 0.20 = 12,000,000 − 10,000,000 paid = 2,000,000
    expect(
      award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [60_000_000, undefined, 10_000_000])
    ).toBeCloseTo(2_000_000, 2);
  });
  test("fully paid, or overpaid → 0", () => {
    // min(60,000,000, 50,000,000) − 50,000,000 = 0
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000, undefined, 50_000_000])).toBe(0);
    // max(0, 50,000,000 − 60,000,000) = 0
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000, undefined, 60_000_000])).toBe(0);
  });
});
