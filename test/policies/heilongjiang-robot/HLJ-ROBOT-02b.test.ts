/**
 * HLJ-ROBOT-02b 「对新认定的…国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，给予一次性1000万元资助」
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_NATIONAL_CENTER_GRANT — 10,000,000 per newly recognised national center", () => {
  test.each([
    "EMERGING",
    "ENGINEERING",
    "MANUFACTURING",
    "国家新兴产业创新中心",
    "国家产业技术工程化中心",
    "国家制造业创新中心",
    " manufacturing ",
  ])("%p, count omitted (1) → 10,000,000", (type) => {
    // 10,000,000 × 1
    expect(award("HLJ_NATIONAL_CENTER_GRANT", [type])).toBeCloseTo(10_000_000, 2);
  });
  test("count 3", () => {
    // 10,000,000 × 3 = 30,000,000
    expect(award("HLJ_NATIONAL_CENTER_GRANT", ["ENGINEERING", 3])).toBeCloseTo(30_000_000, 2);
  });
  test("blank count takes the default 1", () => {
    expect(award("HLJ_NATIONAL_CENTER_GRANT", ["ENGINEERING", ""])).toBeCloseTo(10_000_000, 2);
  });
  test.each(["PROVINCIAL", "provincial", "省级", "部级", "省（部）级"])(
    "%p: provincial/ministerial platforms are HLJ-ROBOT-02c (no amount) → 0 (Revision 1)",
    (type) => {
      expect(award("HLJ_NATIONAL_CENTER_GRANT", [type])).toBe(0);
      expect(award("HLJ_NATIONAL_CENTER_GRANT", [type, 3])).toBe(0);
    }
  );
});
