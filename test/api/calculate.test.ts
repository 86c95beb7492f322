/**
 * The library API of issue 2 and the two functions customers asked for by name, branch by branch.
 * Expected values are worked from the policy text; the arithmetic is in the comments.
 */
import { calculate, catalog, evaluate } from "../../src";
import { error } from "../support/expect-error";

describe("calculate and catalog", () => {
  it("HZ_SCENARIO_AWARD(6,000,000) is 2,000,000: 50% × 6,000,000 = 3,000,000, capped at 200万元", () => {
    expect(calculate("HZ_SCENARIO_AWARD", [6_000_000])).toBe(2_000_000);
  });
  it("HZ_SCENARIO_AWARD('abc') is #VALUE! naming actual_investment", () => {
    expect(error(() => calculate("HZ_SCENARIO_AWARD", ["abc"]))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must be a number",
    });
  });
  it("accepts the SUBSIDY. prefix and any case", () => {
    expect(calculate("subsidy.hz_scenario_award", [1_000_000])).toBe(500_000); // 1,000,000 × 50%
  });
  it("an unknown function name is #VALUE!", () => {
    expect(error(() => calculate("NOPE", []))).toMatchObject({ code: "#VALUE!" });
  });
  it("too many arguments is #VALUE!", () => {
    expect(error(() => calculate("HZ_SCENARIO_AWARD", [1, 2]))).toMatchObject({ code: "#VALUE!" });
  });
  it("the catalog lists the five documents", () => {
    expect(catalog.documents.map((d) => d.id)).toEqual([
      "HLJ-ROBOT",
      "HZ-HUMANOID",
      "SD-ROBOT",
      "HLJ-AI",
      "BJ-ROBOT",
    ]);
  });
});

describe("HZ_SCENARIO_AWARD — 「按实际投入的50%、予以最高200万元的奖励」", () => {
  it("below the cap: 50% of actual investment", () => {
    expect(calculate("HZ_SCENARIO_AWARD", [3_999_999.98])).toBeCloseTo(1_999_999.99, 2); // 3,999,999.98 × 0.5
  });
  it("at the cap: 4,000,000 × 50% = 2,000,000 exactly", () => {
    expect(calculate("HZ_SCENARIO_AWARD", [4_000_000])).toBe(2_000_000);
  });
  it("above the cap: 「最高200万元」 is never exceeded", () => {
    expect(calculate("HZ_SCENARIO_AWARD", [4_000_000.02])).toBe(2_000_000); // 2,000,000.01 → cap
  });
  it("blank, negative and NaN inputs are errors, never 0", () => {
    expect(error(() => calculate("HZ_SCENARIO_AWARD", [""]))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment is required",
    });
    expect(error(() => calculate("HZ_SCENARIO_AWARD", []))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment is required",
    });
    expect(error(() => calculate("HZ_SCENARIO_AWARD", [-1]))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must not be negative",
    });
    expect(error(() => calculate("HZ_SCENARIO_AWARD", [NaN]))).toMatchObject({ code: "#NUM!" });
  });
  it("Excel on Windows passes 0 for an empty referenced cell: the engine sees 0 and returns 0", () => {
    expect(calculate("HZ_SCENARIO_AWARD", [0])).toBe(0);
  });
  it("Excel on the web passes null for an empty referenced cell: a required blank is #VALUE!", () => {
    expect(error(() => calculate("HZ_SCENARIO_AWARD", [null]))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("HLJ_RD_SUBSIDY — 「研发投入50万元以上…基础比例上浮50%…累计最高不超过1500万元」", () => {
  // Illustrative base ratios (not official): stock 2%, increment 10%.
  it("「50万元以上」 includes 500,000: stock 0, increment 500,000 × 0.10 = 50,000, × 1.5 = 75,000", () => {
    expect(calculate("HLJ_RD_SUBSIDY", [500_000, 0, 0.02, 0.1])).toBe(75_000);
  });
  it("just below 500,000 the award is 0, not an error", () => {
    expect(calculate("HLJ_RD_SUBSIDY", [499_999.99, 0, 0.02, 0.1])).toBe(0);
  });
  it("under the cumulative cap: nothing received, 480,000 paid in full", () => {
    // stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000; 320,000 × 1.5 = 480,000
    expect(calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0])).toBe(480_000);
  });
  it("the room under the cap binds: 14,800,000 received leaves 200,000 of 480,000", () => {
    expect(calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 14_800_000])).toBe(
      200_000
    ); // 15,000,000 − 14,800,000
  });
  it("cap exhausted: 15,000,000 received → 0", () => {
    expect(calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 15_000_000])).toBe(0);
  });
  it("the cumulative cap alone binds a very large claim at 15,000,000", () => {
    // 1,000,000,000 × 0.02 = 20,000,000; × 1.5 = 30,000,000 → 15,000,000
    expect(calculate("HLJ_RD_SUBSIDY", [1_000_000_000, 1_000_000_000, 0.02, 0.1])).toBe(15_000_000);
  });
  it("base_annual_cap (Revision 1) limits the result to cap × 1.5", () => {
    // 480,000 vs 200,000 × 1.5 = 300,000
    expect(
      calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 200_000])
    ).toBe(300_000);
    // 480,000 vs 6,000,000 × 1.5 = 9,000,000: does not bind
    expect(
      calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 6_000_000])
    ).toBe(480_000);
  });
  it("stock_basis accepts lower case and spaces; unknown codes are #VALUE! listing the choices", () => {
    expect(calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, " total "])).toBe(
      540_000
    ); // (160,000 + 200,000) × 1.5
    expect(
      error(() => calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "BOTH"]))
    ).toMatchObject({
      code: "#VALUE!",
      message: "stock_basis must be one of: SPLIT, TOTAL, 拆分, 全额",
    });
  });
  it("a ratio above 1 is #NUM!; text ratios are #VALUE!", () => {
    expect(error(() => calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 2, 0.1]))).toMatchObject({
      code: "#NUM!",
    });
    expect(
      error(() => calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, "2%", 0.1]))
    ).toMatchObject({
      code: "#VALUE!",
      message: "base_stock_ratio must be a number",
    });
  });
  it("evaluate() explains the stages: threshold met, room under the cap bound", () => {
    const { award, steps } = evaluate(
      "HLJ_RD_SUBSIDY",
      [400_000_000, 300_000_000, 0.02, 0.1, 13_000_000]
    );
    expect(award).toBe(2_000_000); // 24,000,000 → room 15,000,000 − 13,000,000
    expect(steps.find((s) => s.kind === "threshold")).toMatchObject({
      limit: 500_000,
      op: ">=",
      met: true,
    });
    expect(steps.find((s) => s.kind === "room")).toMatchObject({
      limit: 2_000_000,
      bound: true,
      amount: 2_000_000,
    });
    expect(steps[steps.length - 1]).toMatchObject({ kind: "result", amount: 2_000_000 });
  });
});
