/**
 * HLJ-AI-05 (HLJ-AI, spec §4.4 / §5.2). Every expected number is worked out by hand from the policy text; the
 * arithmetic sits beside it. Thresholds: 「以上」 includes the number (≥), 「超过」 excludes it (>) — 民法典 art. 1259.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

// HLJ-AI-05 「算力资源超过30万元的，按实际支出额给予30%创新消费奖励，每个单位每年奖励最高不超过400万元」
describe("HLJAI_COMPUTE_AWARD — 「超过30万元」 excludes 300,000", () => {
  test("at 300,000 → 0", () => expect(award("HLJAI_COMPUTE_AWARD", [300_000])).toBe(0));
  test("just below, 299,999.99 → 0", () =>
    expect(award("HLJAI_COMPUTE_AWARD", [299_999.99])).toBe(0));
  test("just above, 300,000.01", () => {
    // 300,000.01 × 0.30 = 90,000.003 → 90,000.00
    expect(award("HLJAI_COMPUTE_AWARD", [300_000.01])).toBeCloseTo(90_000, 2);
  });
  test("the 30% applies to the whole spend, not the excess", () => {
    // 400,000 × 0.30 = 120,000 (not (400,000 − 300,000) × 0.30 = 30,000)
    expect(award("HLJAI_COMPUTE_AWARD", [400_000])).toBeCloseTo(120_000, 2);
  });
});

describe("HLJAI_COMPUTE_AWARD — 「每个单位每年奖励最高不超过400万元」", () => {
  test("below the cap", () => {
    // 13,333,333.33 × 0.30 = 3,999,999.999 → 4,000,000.00 after rounding; not capped
    expect(award("HLJAI_COMPUTE_AWARD", [13_333_333.33])).toBeCloseTo(4_000_000, 2);
  });
  test("capped", () => {
    // 13,333,333.34 × 0.30 = 4,000,000.002 → 4,000,000
    expect(award("HLJAI_COMPUTE_AWARD", [13_333_333.34])).toBeCloseTo(4_000_000, 2);
  });
  test("cap reduced by received_to_date", () => {
    // 1,000,000 × 0.30 = 300,000; room 4,000,000 − 3,700,000 = 300,000 (exactly)
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 3_700_000])).toBeCloseTo(300_000, 2);
    // room 4,000,000 − 3,800,000 = 200,000 < 300,000
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 3_800_000])).toBeCloseTo(200_000, 2);
  });
  test("room exhausted → 0", () => {
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 4_000_000])).toBe(0);
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 5_000_000])).toBe(0);
  });
});
