/**
 * HLJ-AI-12 (HLJ-AI, spec §4.4 / §5.2). Every expected number is worked out by hand from the policy text; the
 * arithmetic sits beside it.
 */
import { calculate } from "../../../src";
import { thrown } from "../../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

// HLJ-AI-12 「国家级单项冠军企业给予单户一次性最高200万元补助，国家级专精特新“小巨人”企业给予单户一次性最高100万元补助」
describe("HLJAI_ENTERPRISE_HONOR_SUBSIDY — 「最高200万元」 / 「最高100万元」 by title", () => {
  test.each([
    "CHAMPION",
    "champion",
    " Champion ",
    "单项冠军",
    "国家级单项冠军",
    "国家级单项冠军企业",
  ])("%p → up to 2,000,000", (t) => {
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", [t])).toBeCloseTo(2_000_000, 2);
  });
  test.each([
    "LITTLE_GIANT",
    "little_giant",
    "小巨人",
    "国家级专精特新“小巨人”",
    " 专精特新小巨人 ",
  ])("%p → up to 1,000,000", (t) => {
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", [t])).toBeCloseTo(1_000_000, 2);
  });
  test("champion: below, at and above the cap", () => {
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["CHAMPION", 1_999_999.99])).toBeCloseTo(
      1_999_999.99,
      2
    );
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["CHAMPION", 2_000_000])).toBeCloseTo(
      2_000_000,
      2
    );
    // 2,000,000.01 → cap 2,000,000
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["CHAMPION", 2_000_000.01])).toBeCloseTo(
      2_000_000,
      2
    );
  });
  test("little giant: the same request is capped at 1,000,000", () => {
    // min(1,500,000, 1,000,000)
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["LITTLE_GIANT", 1_500_000])).toBeCloseTo(
      1_000_000,
      2
    );
  });
  test("blank request → the cap; 0 → 0", () => {
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["LITTLE_GIANT", ""])).toBeCloseTo(1_000_000, 2);
    expect(award("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["CHAMPION", 0])).toBe(0);
  });
  test("an unknown title names the accepted set", () => {
    expect(thrown("HLJAI_ENTERPRISE_HONOR_SUBSIDY", ["GAZELLE"])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^honor_type must be one of: CHAMPION, LITTLE_GIANT, /),
    });
  });
});
