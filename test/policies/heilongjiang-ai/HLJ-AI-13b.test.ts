/**
 * HLJ-AI-13b (HLJ-AI, spec §4.4 / §5.2). Every expected number is worked out by hand from the policy text; the
 * arithmetic sits beside it.
 */
import { calculate } from "../../../src";
import { expectNum } from "../../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

// HLJ-AI-13b 「按最高不超过国家支持额度的20%给予配套补助，单个项目支持金额不超过1亿元」
describe("HLJAI_PILOT_BASE_SUBSIDY — 「最高不超过…20%」, 「不超过1亿元」", () => {
  test("default rate 20%, below the cap", () => {
    // 499,999,999.95 × 0.20 = 99,999,999.99
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [499_999_999.95])).toBeCloseTo(99_999_999.99, 2);
  });
  test("at the cap", () => {
    // 500,000,000 × 0.20 = 100,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [500_000_000])).toBeCloseTo(100_000_000, 2);
  });
  test("capped", () => {
    // 500,000,000.05 × 0.20 = 100,000,000.01 → 100,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [500_000_000.05])).toBeCloseTo(100_000_000, 2);
  });
  test("a lower rate", () => {
    // 1,000,000,000 × 0.10 = 100,000,000 (at the cap)
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [1_000_000_000, 0.1])).toBeCloseTo(100_000_000, 2);
    // 300,000,000 × 0.05 = 15,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [300_000_000, 0.05])).toBeCloseTo(15_000_000, 2);
  });
  test("rate exactly 0.20 is allowed; 0.25 → #NUM!; blank → 0.20", () => {
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [200_000_000, 0.2])).toBeCloseTo(40_000_000, 2);
    expectNum(
      "HLJAI_PILOT_BASE_SUBSIDY",
      [200_000_000, 0.25],
      "rate exceeds the policy maximum of 0.2"
    );
    // 200,000,000 × 0.20 = 40,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [200_000_000, ""])).toBeCloseTo(40_000_000, 2);
  });
});
