/**
 * The fused fast paths by hand, on the policy numbers of the four benchmarked clauses: each example is
 * answered by the fast path itself (not declined), with the value worked out in the comment; the engine's
 * computeAward gives the same. A few inputs the fast path must decline (a code spelt in lower case, a cell of
 * text, −0) go to the full path, which still answers them.
 */
import type { ClauseFunction } from "../../../src/catalog/types";
import { clauses } from "../../../src";
import { computeAward, computeAwardInFull } from "../../../src/engine/evaluate";

const fnNamed = (name: string): ClauseFunction => clauses.find((c) => c.fn?.name === name)!.fn!;

function answered(name: string, raw: unknown[], expected: number): void {
  const fn = fnNamed(name);
  expect(fn.fast!(raw)).toBe(expected);
  expect(computeAwardInFull(fn, raw)).toBe(expected);
}

function declined(name: string, raw: unknown[], expected: number): void {
  const fn = fnNamed(name);
  expect(fn.fast!(raw)).toBeUndefined();
  expect(computeAward(fn, raw)).toBe(expected);
}

describe("rateCapped (HZ_SCENARIO_AWARD: 50%, at most 2,000,000)", () => {
  it("3,000,000 × 0.5 = 1,500,000, under the cap", () =>
    answered("HZ_SCENARIO_AWARD", [3_000_000], 1_500_000));
  it("1,234,567.8 × 0.5 = 617,283.9", () =>
    answered("HZ_SCENARIO_AWARD", [1_234_567.8], 617_283.9));
  it("5,000,000 × 0.5 = 2,500,000 → the cap, 2,000,000", () =>
    answered("HZ_SCENARIO_AWARD", [5_000_000], 2_000_000));
  it("4,000,000 × 0.5 = 2,000,000: the cap hit exactly", () =>
    answered("HZ_SCENARIO_AWARD", [4_000_000], 2_000_000));
  it("a half-fen tie, 1,234,567.89 × 0.5 = 617,283.945, in integers: half away from zero → 617,283.95", () =>
    answered("HZ_SCENARIO_AWARD", [1_234_567.89], 617_283.95));
  it("the reading of 3,280,027.9699999997 is 3,280,027.97: × 0.5 = 1,640,013.985 → 1,640,013.99", () =>
    answered("HZ_SCENARIO_AWARD", [3_280_027.9699999997], 1_640_013.99));
  it("a long decimal: 1,000,000.123456789 × 0.5 = 500,000.0617… → 500,000.06", () =>
    answered("HZ_SCENARIO_AWARD", [1_000_000.123456789], 500_000.06));
  it("−0 goes to the full path", () =>
    expect(fnNamed("HZ_SCENARIO_AWARD").fast!([-0])).toBeUndefined());
});

// Arguments: rd_last_year, rd_prior_year, base_stock_ratio, base_increment_ratio, received_to_date,
// stock_basis, base_annual_cap. Threshold 500,000 (以上), uplift × 1.5, cumulative cap 15,000,000.
describe("rdPostSubsidy (HLJ_RD_SUBSIDY)", () => {
  it("stock min(12M, 10M) × 0.03 = 300,000, increment 2M × 0.15 = 300,000; 600,000 × 1.5 = 900,000", () =>
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 0], 900_000));
  it("TOTAL: stock 12M × 0.03 = 360,000 + 300,000 = 660,000; × 1.5 = 990,000", () =>
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 0, "TOTAL"], 990_000));
  it("base annual cap 500,000 × 1.5 = 750,000 cuts 900,000", () =>
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 0, "SPLIT", 500_000], 750_000));
  it("room 15,000,000 − 14,543,210.9849 = 456,789.0151: 456,789.01 (rounding would give .02)", () =>
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 14_543_210.9849], 456_789.01));
  it("room exhausted: received 16,000,000 > 15,000,000 → 0", () =>
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 16_000_000], 0));
  it("below the threshold: 499,999.99 < 500,000 → 0", () =>
    answered("HLJ_RD_SUBSIDY", [499_999.99, 0, 0.03, 0.15, 0], 0));
  it("at the threshold (以上 includes it): 500,000, prior 0: increment 500,000 × 0.15 × 1.5 = 112,500", () =>
    answered("HLJ_RD_SUBSIDY", [500_000, 0, 0.03, 0.15, 0], 112_500));
  it("fen inputs: stock 1,000,000 × 0.03 = 30,000, increment 0.03 × 0.15 = 0.0045; 30,000.0045 × 1.5 = 45,000.00675 → 45,000.01", () =>
    answered("HLJ_RD_SUBSIDY", [1_000_000.03, 1_000_000, 0.03, 0.15, 0], 45_000.01));
  it("a code spelt in lower case goes to the full path: total → TOTAL, 990,000", () =>
    declined("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 0, "total"], 990_000));
  it("a call keeps nothing of the one before (PlainArgs fills its numbers per call): the cap, then none", () => {
    // 900,000 cut to 500,000 × 1.5 = 750,000; then the same call without base_annual_cap: 900,000 again.
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 0, "SPLIT", 500_000], 750_000);
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 0], 900_000);
    // received_to_date blank takes its default 0, not the 14,543,210.9849 of the call before: 900,000.
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, 14_543_210.9849], 456_789.01);
    answered("HLJ_RD_SUBSIDY", [12_000_000, 10_000_000, 0.03, 0.15, null], 900_000);
  });
});

// Tiers first exceeded (超过: excludes the number): 10M → 500,000; 50M → 2M; 100M → 3M; 300M → 5M.
describe("newlyCrossedTiers (HLJ_REVENUE_MILESTONE_AWARD)", () => {
  it("120M after a best of 40M crosses 50M and 100M: the highest, 3,000,000", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 40_000_000], 3_000_000));
  it("SUM: 2,000,000 + 3,000,000 = 5,000,000", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 40_000_000, "SUM"], 5_000_000));
  it("TOP_UP: 3,000,000 less the 10M tier's 500,000 passed before = 2,500,000", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 40_000_000, "TOP_UP"], 2_500_000));
  it("exactly 50,000,000 does not exceed 50M: only the 10M tier, 500,000", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [50_000_000], 500_000));
  it("8,000,000 crosses no tier → 0", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [8_000_000, 0], 0));
  it("60M after a best of 120M: every tier 60M passes was passed before → 0", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 120_000_000], 0));
  it("400M after a best of 120M crosses only 300M: 5,000,000 (the tiers above the prior's stop nowhere)", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [400_000_000, 120_000_000], 5_000_000));
  it("TOP_UP: 400M after 120M, 5,000,000 less the 100M tier's 3,000,000 = 2,000,000", () =>
    answered("HLJ_REVENUE_MILESTONE_AWARD", [400_000_000, 120_000_000, "TOP_UP"], 2_000_000));
});

// Per item: at least 500,000 (以上), × 0.5, at most 2,000,000 each; at most 5,000,000 a year in all.
describe("perItemCapUnderRoom (HLJ_FIRST_SET_AWARD)", () => {
  it("1.2M, 600,000, 3M: 600,000 + 300,000 + 1,500,000 = 2,400,000", () =>
    answered("HLJ_FIRST_SET_AWARD", [[[1_200_000, 600_000, 3_000_000]], 0], 2_400_000));
  it("499,999.99 is below the threshold, 500,000 meets it, 5M is capped: 0 + 250,000 + 2,000,000", () =>
    answered("HLJ_FIRST_SET_AWARD", [[[499_999.99], [500_000], [5_000_000]], 0], 2_250_000));
  it("rounded once, at the end: 600,000.01 × 0.5 = 300,000.005 and 1,000,000.03 × 0.5 = 500,000.015 make 800,000.02", () =>
    // Rounding each item first would give 300,000.01 + 500,000.02 = 800,000.03.
    answered("HLJ_FIRST_SET_AWARD", [[[600_000.01, 1_000_000.03]], 0], 800_000.02));
  it("blank cells are skipped: [1M, blank, 1M] → 500,000 + 500,000 = 1,000,000", () =>
    answered("HLJ_FIRST_SET_AWARD", [[[1_000_000, null, 1_000_000]]], 1_000_000));
  it("room 5,000,000 − 4,572,283 × 1.0003 = 426,345.3151 under 2M + 2M: 426,345.31, not .32", () =>
    answered("HLJ_FIRST_SET_AWARD", [[[5_000_000, 5_000_000]], 4_572_283 * 1.0003], 426_345.31));
  it("a cell of text goes to the full path, which names the parameter", () => {
    const fn = fnNamed("HLJ_FIRST_SET_AWARD");
    expect(fn.fast!([[[1_000_000, "x"]], 0])).toBeUndefined();
    expect(() => computeAward(fn, [[[1_000_000, "x"]], 0])).toThrow(/unit_prices|单台套成交价/);
  });
});
