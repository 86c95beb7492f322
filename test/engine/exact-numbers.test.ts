/**
 * Spec Revision 2, "Numbers": the award is the exact decimal result of the clause formula on the arguments
 * read as Excel shows them (15 significant digits), rounded once to the fen half away from zero, never above
 * floor_to_fen of any cap or room on its path, and #NUM! above 10 trillion. Every expected value is worked
 * by hand in the comment beside it (decimal arithmetic, no float).
 */
import { calculate, evaluate } from "../../src";
import { thrown } from "../support/expect-error";

describe("ties after subtractions round half away from zero (issue 10)", () => {
  it("HZ_FLAGSHIP_PROJECT_SUBSIDY(9,000,000.37, 7,879,429.28) = 560,285.55", () => {
    // 9,000,000.37 − 7,879,429.28 = 1,120,571.09; × 0.5 = 560,285.545 → half away → 560,285.55
    expect(calculate("HZ_FLAGSHIP_PROJECT_SUBSIDY", [9_000_000.37, 7_879_429.28])).toBe(560_285.55);
  });

  it("HZ_FLAGSHIP_PROJECT_SUBSIDY(3,000,000.01, 3,000,000) = 0.01", () => {
    // 3,000,000.01 − 3,000,000 = 0.01; × 0.5 = 0.005 → 0.01
    expect(calculate("HZ_FLAGSHIP_PROJECT_SUBSIDY", [3_000_000.01, 3_000_000])).toBe(0.01);
  });

  it("HZ_FLAGSHIP_PROJECT_SUBSIDY with both deductions: a tie after two subtractions", () => {
    // 5,000,000.05 − 1,000,000.02 − 999,999.98 = 3,000,000.05; × 0.5 = 1,500,000.025 → 1,500,000.03
    expect(calculate("HZ_FLAGSHIP_PROJECT_SUBSIDY", [5_000_000.05, 1_000_000.02, 999_999.98])).toBe(
      1_500_000.03
    );
  });

  it("HZ_NEW_INVESTMENT_SUBSIDY(94,802,610.3, 94,552,075.15) = 75,160.55", () => {
    // 94,802,610.30 − 94,552,075.15 = 250,535.15; × 0.3 = 75,160.545 → 75,160.55
    expect(calculate("HZ_NEW_INVESTMENT_SUBSIDY", [94_802_610.3, 94_552_075.15])).toBe(75_160.55);
  });

  it("HZ_RD_SUBSIDY on the INCREMENT basis", () => {
    // 10,000,000.37 − 8,879,429.28 = 1,120,571.09; × 0.5 = 560,285.545 → 560,285.55
    expect(calculate("HZ_RD_SUBSIDY", [10_000_000.37, 0.5, "INCREMENT", 8_879_429.28])).toBe(
      560_285.55
    );
    // 7,000,000.03 − 6,999,999.98 = 0.05; × 0.1 = 0.005 → 0.01
    expect(calculate("HZ_RD_SUBSIDY", [7_000_000.03, 0.1, "INCREMENT", 6_999_999.98])).toBe(0.01);
    // 1,234,567.89 − 1,000,000.04 = 234,567.85; × 0.05 = 11,728.3925 → 11,728.39 (not a tie: stays below)
    expect(calculate("HZ_RD_SUBSIDY", [1_234_567.89, 0.05, "INCREMENT", 1_000_000.04])).toBe(
      11_728.39
    );
  });

  it("HZ_PILOT_PLATFORM_SUBSIDY: the tie falls after the deduction of prior years", () => {
    // 0.3 × 1,000,000.05 = 300,000.015; − 0.01 = 300,000.005 → 300,000.01
    expect(calculate("HZ_PILOT_PLATFORM_SUBSIDY", [1_000_000.05, 0.01])).toBe(300_000.01);
    // 0.3 × 12,345,678.95 = 3,703,703.685; − 1,703,703.68 = 2,000,000.005 → 2,000,000.01
    expect(calculate("HZ_PILOT_PLATFORM_SUBSIDY", [12_345_678.95, 1_703_703.68])).toBe(
      2_000_000.01
    );
  });

  it("HZ_RESEARCH_MATCHING_SUBSIDY: ties before and after the deduction", () => {
    // 0.25 × 1,000,000.02 = 250,000.005 → 250,000.01
    expect(calculate("HZ_RESEARCH_MATCHING_SUBSIDY", [1_000_000.02])).toBe(250_000.01);
    // 0.25 × 4,000,000.02 = 1,000,000.005; − 999,999.99 = 0.015 → 0.02
    expect(calculate("HZ_RESEARCH_MATCHING_SUBSIDY", [4_000_000.02, 999_999.99])).toBe(0.02);
  });
});

describe("products longer than 15 digits are rounded once (issue 10)", () => {
  it("HLJ_SCENARIO_SUBSIDY(31,559,054.08, 0.774931749) = 24,456,112.97", () => {
    // 31,559,054.08 × 0.774931749 = 24,456,112.97499998592 (exact): below the half fen → .97
    // (reading the double product at 15 digits first gives 24,456,112.9750000 → .98: rounding twice)
    expect(calculate("HLJ_SCENARIO_SUBSIDY", [31_559_054.08, 0.774931749])).toBe(24_456_112.97);
  });

  it("BJ_FIRST_LOAN_SUBSIDY(48,448,012.5, 0.16 months): a division that lands exactly on a half fen", () => {
    // 「给予1%的贴息」 pro-rated: 48,448,012.5 × 0.01 = 484,480.125; × 0.16 ÷ 12 = 77,516.82 ÷ 12 = 6,459.735
    // exactly (0.16 ÷ 12 alone repeats: 0.01333…) → half away from zero → 6,459.74.
    expect(calculate("BJ_FIRST_LOAN_SUBSIDY", [48_448_012.5, 0.16])).toBe(6_459.74);
  });
});

describe("a rounded award never exceeds a cap or the room under it (floor_to_fen)", () => {
  it("HLJ_SCENARIO_SUBSIDY(1000, 0.5, 0.005) = 0", () => {
    // 1000 × 0.5 = 500 → cap 0.005; round(0.005) = 0.01 but floor_to_fen(0.005) = 0 → min = 0
    expect(calculate("HLJ_SCENARIO_SUBSIDY", [1000, 0.5, 0.005])).toBe(0);
  });

  it("HLJAI_MODEL_VOUCHER with uplift 0.123456789: the raised cap 1,123,456.789 floors to .78", () => {
    // cap = 1,000,000 × (1 + 0.123456789) = 1,123,456.789; 10,000,000 × 0.5 = 5,000,000 → the cap binds;
    // round(1,123,456.789) = 1,123,456.79 > floor_to_fen = 1,123,456.78 → 1,123,456.78
    expect(calculate("HLJAI_MODEL_VOUCHER", [10_000_000, 0.5, 0, 0.123456789])).toBe(1_123_456.78);
    // Below the cap nothing floors: 2,000,000.01 × 0.5 = 1,000,000.005 → 1,000,000.01 (< 1,123,456.78)
    expect(calculate("HLJAI_MODEL_VOUCHER", [2_000_000.01, 0.5, 0, 0.123456789])).toBe(
      1_000_000.01
    );
  });

  it("HLJ_DATA_VOUCHER / HLJAI_DATA_VOUCHER with 1,234.565 received: room 998,765.435 floors to .43", () => {
    // 10% × 20,000,000 = 2,000,000; room = 1,000,000 − 1,234.565 = 998,765.435 → binds;
    // round = 998,765.44 > floor_to_fen = 998,765.43 → 998,765.43
    expect(calculate("HLJ_DATA_VOUCHER", [20_000_000, 1_234.565])).toBe(998_765.43);
    expect(calculate("HLJAI_DATA_VOUCHER", [20_000_000, 1_234.565])).toBe(998_765.43);
    // The room does not bind: 10% × 9,000,000.05 = 900,000.005 → 900,000.01 (< 998,765.43)
    expect(calculate("HLJ_DATA_VOUCHER", [9_000_000.05, 1_234.565])).toBe(900_000.01);
  });

  it("EXPLAIN's steps come from the same (exact) evaluation and end on the award", () => {
    const { award, steps } = evaluate("HLJ_SCENARIO_SUBSIDY", [1000, 0.5, 0.005]);
    expect(award).toBe(0);
    expect(steps.at(-1)).toMatchObject({ kind: "result", amount: 0 });
    expect(steps.find((s) => s.kind === "cap")).toMatchObject({ amount: 0.005, bound: true });
  });
});

describe("an award above 10,000,000,000,000 yuan is #NUM! (spec §2.4 limit)", () => {
  it("HZ_FREE_OFFICE_VALUE(36, 36, 21,372,521,435.84192)", () => {
    // 36 m² × 36 months × 21,372,521,435.84192 = 1,296 × 21,372,521,435.84192 = 27,698,787,780,851.1… > 10^13
    expect(thrown("HZ_FREE_OFFICE_VALUE", [36, 36, 21_372_521_435.84192]).code).toBe("#NUM!");
  });

  it("SD_PLATFORM_GRANT(1e13)", () => {
    // 10,000,000 × 10^13 platforms = 10^20 > 10^13
    expect(thrown("SD_PLATFORM_GRANT", [1e13]).message).toBe(
      "the award is too large (at most 10,000,000,000,000)"
    );
  });

  it("exactly 10,000,000,000,000 is still an award", () => {
    // 10^13 × 1 = 10^13 (no cap given): at the limit, not above it
    expect(calculate("HLJ_SCENARIO_SUBSIDY", [1e13, 1])).toBe(1e13);
  });
});

describe("a rate within a relative 1e-12 of the policy maximum is the maximum", () => {
  it("BJ_PUBLIC_PLATFORM_SUBSIDY(100,000,000, 0.1 + 0.2) computes with rate 0.3", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary, within 1e-12 of 0.3 → 0.3;
    // 100,000,000 × 0.3 = 30,000,000 → cap 30,000,000
    expect(calculate("BJ_PUBLIC_PLATFORM_SUBSIDY", [100_000_000, 0.1 + 0.2])).toBe(30_000_000);
    // 40,000,000.05 × 0.3 = 12,000,000.015 → 12,000,000.02
    expect(calculate("BJ_PUBLIC_PLATFORM_SUBSIDY", [40_000_000.05, 0.1 + 0.2])).toBe(12_000_000.02);
  });

  it("a rate further above the maximum is still #NUM!", () => {
    // 0.3 × (1 + 1e-11) exceeds 0.3 by 3e-12 > 0.3 × 1e-12
    expect(thrown("BJ_PUBLIC_PLATFORM_SUBSIDY", [100_000_000, 0.3 * (1 + 1e-11)]).message).toBe(
      "rate exceeds the policy maximum of 0.3"
    );
  });

  it("BJ_PROJECT_LOAN_INTEREST_SUBSIDY: a subsidy rate a hair above the LPR is the LPR", () => {
    // 0.035 × (1 + 1e-13) is within 1e-12 of lpr 0.035 → 0.035; 500,000,000 × 0.035 = 17,500,000
    expect(
      calculate("BJ_PROJECT_LOAN_INTEREST_SUBSIDY", [500_000_000, 0.035, 0.035 * (1 + 1e-13)])
    ).toBe(17_500_000);
  });
});

describe("thresholds compare the arguments as Excel shows them", () => {
  it("4,999,999.9999999995 reads as 5,000,000.0000000 at 15 digits: 「达500万元」 is met", () => {
    // the double 4,999,999.99999999906… shows as 5,000,000.00000000 → ≥ 5,000,000 → 30,000,000 × 0.01 = 300,000
    expect(calculate("HZ_LOAN_INTEREST_SUBSIDY", [4_999_999.9999999995, 30_000_000])).toBe(300_000);
    // 4,999,999.99 is below → 0
    expect(calculate("HZ_LOAN_INTEREST_SUBSIDY", [4_999_999.99, 30_000_000])).toBe(0);
  });
});
