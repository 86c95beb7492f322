/**
 * HLJ-ROBOT-12 「首台（套）产品价值50万元以上的，按单台（套）产品实际成交价的50%给予一次性奖励，
 * 单台（套）奖励上限200万元；…每户企业每年奖励合计不超过500万元」
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";
import { expectValue } from "../../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_FIRST_SET_AWARD — 「产品价值50万元以上」 includes 500,000", () => {
  test("at 500,000", () => {
    // 500,000 × 0.5 = 250,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[500_000]]])).toBeCloseTo(250_000, 2);
  });
  test("just below, 499,999.99 → 0", () => {
    expect(award("HLJ_FIRST_SET_AWARD", [[[499_999.99]]])).toBe(0);
  });
  test("a product below the threshold earns nothing, the others still count", () => {
    // 499,999 → 0; 1,000,000 × 0.5 = 500,000; total 500,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[499_999], [1_000_000]]])).toBeCloseTo(500_000, 2);
  });
});

describe("HLJ_FIRST_SET_AWARD — 「单台（套）奖励上限200万元」", () => {
  test("below the per-unit cap", () => {
    // 3,999,999.98 × 0.5 = 1,999,999.99
    expect(award("HLJ_FIRST_SET_AWARD", [[[3_999_999.98]]])).toBeCloseTo(1_999_999.99, 2);
  });
  test("at the per-unit cap", () => {
    // 4,000,000 × 0.5 = 2,000,000 = cap
    expect(award("HLJ_FIRST_SET_AWARD", [[[4_000_000]]])).toBeCloseTo(2_000_000, 2);
  });
  test("capped per unit", () => {
    // 4,000,000.02 × 0.5 = 2,000,000.01 → 2,000,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[4_000_000.02]]])).toBeCloseTo(2_000_000, 2);
  });
});

describe("HLJ_FIRST_SET_AWARD — 「每户企业每年奖励合计不超过500万元」", () => {
  test("exactly at the annual cap", () => {
    // 2,000,000 + 2,000,000 + 1,000,000 = 5,000,000 = cap
    expect(award("HLJ_FIRST_SET_AWARD", [[[4_000_000], [4_000_000], [2_000_000]]])).toBeCloseTo(
      5_000_000,
      2
    );
  });
  test("capped by the annual cap", () => {
    // 2,000,000 + 2,000,000 + 1,500,000 = 5,500,000 → 5,000,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[4_000_000], [4_000_000], [3_000_000]]])).toBeCloseTo(
      5_000_000,
      2
    );
  });
  test("cap reduced by received_to_date", () => {
    // 600,000; room 5,000,000 − 4,700,000 = 300,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[1_200_000]], 4_700_000])).toBeCloseTo(300_000, 2);
  });
  test("room exhausted → 0", () => {
    expect(award("HLJ_FIRST_SET_AWARD", [[[1_200_000]], 5_000_000])).toBe(0);
    expect(award("HLJ_FIRST_SET_AWARD", [[[1_200_000]], 6_000_000])).toBe(0);
  });
});

describe("HLJ_FIRST_SET_AWARD — the range (spec §2.5)", () => {
  test("a row range counts each cell", () => {
    // 1,000,000 × 0.5 = 500,000; 2,000,000 × 0.5 = 1,000,000; total 1,500,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[1_000_000, 2_000_000]]])).toBeCloseTo(1_500_000, 2);
  });
  test("blank cells are skipped", () => {
    // only 1,200,000 × 0.5 = 600,000
    expect(award("HLJ_FIRST_SET_AWARD", [[[1_200_000], [""], [null]]])).toBeCloseTo(600_000, 2);
  });
  test("an all-blank range returns 0", () => {
    expect(award("HLJ_FIRST_SET_AWARD", [[[""], [null]]])).toBe(0);
  });
  test("text or a negative number in the range → #VALUE! with its position", () => {
    expectValue(
      "HLJ_FIRST_SET_AWARD",
      [[[1_200_000], ["abc"]]],
      "unit_prices contains an invalid value at position 2"
    );
    expectValue(
      "HLJ_FIRST_SET_AWARD",
      [[[-1]]],
      "unit_prices contains an invalid value at position 1"
    );
  });
});
