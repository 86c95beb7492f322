/**
 * HLJ-ROBOT-03 「给予500万元-1000万元科研攻关资金支持」 (Revision 1: below the band → #NUM!)
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";
import { expectNum } from "../../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_KEYTECH_GRANT — the 「500万元-1000万元」 band", () => {
  const band = "requested_amount must be 0 or at least 5,000,000 (the 500万元-1000万元 band)";
  test("0 → 0", () => expect(award("HLJ_KEYTECH_GRANT", [0])).toBe(0));
  test("at the floor, 5,000,000 → 5,000,000", () =>
    expect(award("HLJ_KEYTECH_GRANT", [5_000_000])).toBeCloseTo(5_000_000, 2));
  test("just below the floor, 4,999,999.99 → #NUM!", () =>
    expectNum("HLJ_KEYTECH_GRANT", [4_999_999.99], band));
  test("a fen, 0.01 → #NUM!", () => expectNum("HLJ_KEYTECH_GRANT", [0.01], band));
  test("inside the band, as requested", () =>
    expect(award("HLJ_KEYTECH_GRANT", [7_500_000.5])).toBeCloseTo(7_500_000.5, 2));
  test("at the top, 10,000,000 → 10,000,000", () =>
    expect(award("HLJ_KEYTECH_GRANT", [10_000_000])).toBeCloseTo(10_000_000, 2));
  test("just above the top, 10,000,000.01 → 10,000,000 (clipped)", () =>
    expect(award("HLJ_KEYTECH_GRANT", [10_000_000.01])).toBeCloseTo(10_000_000, 2));
});
