/**
 * HZ-HUMANOID (杭政办函〔2024〕66号), spec §4.2 / §5.3. Every expected amount is worked out by hand from the
 * policy text; the arithmetic is in the comment beside it.
 */
import { calculate, clauses } from "../../src";
import { expectError, itRejects } from "../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("HZ-HUMANOID catalog", () => {
  const hz = clauses.filter((c) => c.document === "HZ-HUMANOID");

  it("has the 18 rows of spec §4.2 in order", () => {
    expect(hz.map((c) => c.id)).toEqual([
      "HZ-HUMANOID-01",
      "HZ-HUMANOID-02a",
      "HZ-HUMANOID-02b",
      "HZ-HUMANOID-02c",
      "HZ-HUMANOID-02d",
      "HZ-HUMANOID-02e",
      "HZ-HUMANOID-03a",
      "HZ-HUMANOID-03b",
      "HZ-HUMANOID-04a",
      "HZ-HUMANOID-04b",
      "HZ-HUMANOID-04c",
      "HZ-HUMANOID-05a",
      "HZ-HUMANOID-05b",
      "HZ-HUMANOID-06",
      "HZ-HUMANOID-07",
      "HZ-HUMANOID-08",
      "HZ-HUMANOID-09",
      "HZ-HUMANOID-10",
    ]);
  });

  it("has the 10 functions of spec §5.3", () => {
    expect(hz.filter((c) => c.fn).map((c) => c.fn!.name)).toEqual([
      "HZ_RESEARCH_MATCHING_SUBSIDY",
      "HZ_FLAGSHIP_PROJECT_SUBSIDY",
      "HZ_RD_SUBSIDY",
      "HZ_FREE_OFFICE_VALUE",
      "HZ_NEW_INVESTMENT_SUBSIDY",
      "HZ_LOAN_INTEREST_SUBSIDY",
      "HZ_CHAIN_ENTRY_AWARD",
      "HZ_COMPONENT_PURCHASE_AWARD",
      "HZ_SCENARIO_AWARD",
      "HZ_PILOT_PLATFORM_SUBSIDY",
    ]);
  });

  it("marks the free office space (「免费办公场所」) as in kind, and only it", () => {
    expect(hz.filter((c) => c.fn?.inKind).map((c) => c.fn!.name)).toEqual(["HZ_FREE_OFFICE_VALUE"]);
    expect(hz.find((c) => c.id === "HZ-HUMANOID-03b")!.type).toBe("Q-K");
  });
});

describe("HZ_RESEARCH_MATCHING_SUBSIDY: 「按国家、省实际到账补助资金的25%,给予最高500万元的补助」", () => {
  const F = "HZ_RESEARCH_MATCHING_SUBSIDY";

  it("25% of funds received, below the cap", () => {
    expect(award(F, 4_000_000)).toBeCloseTo(1_000_000, 2); // 25% × 4,000,000 = 1,000,000
  });
  it("reaches the 5,000,000 cap exactly at 20,000,000 received", () => {
    expect(award(F, 20_000_000)).toBeCloseTo(5_000_000, 2); // 25% × 20,000,000 = 5,000,000 = cap
  });
  it("「最高500万元」 caps a larger amount", () => {
    expect(award(F, 24_000_000)).toBeCloseTo(5_000_000, 2); // 25% × 24,000,000 = 6,000,000 → cap 5,000,000
  });
  it("a later tranche is reduced by the matching already paid", () => {
    expect(award(F, 12_000_000, 1_000_000)).toBeCloseTo(2_000_000, 2); // 25% × 12,000,000 = 3,000,000 − 1,000,000
  });
  it("the cap is exhausted once 5,000,000 has been paid", () => {
    expect(award(F, 40_000_000, 5_000_000)).toBeCloseTo(0, 2); // min(10,000,000, 5,000,000) − 5,000,000 = 0
  });
  it("never negative when more was paid than the cumulative formula gives", () => {
    expect(award(F, 4_000_000, 1_500_000)).toBeCloseTo(0, 2); // 1,000,000 − 1,500,000 → floor 0
  });
  it("a blank paid_in_prior_phases counts as 0", () => {
    expect(award(F, 8_000_000, "")).toBeCloseTo(2_000_000, 2); // 25% × 8,000,000 = 2,000,000
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "funds_received must be a number"],
    [[-1], "#VALUE!", "funds_received must not be negative"],
    [[""], "#VALUE!", "funds_received is required"],
    [[undefined], "#VALUE!", "funds_received is required"],
    [[1_000_000, -5], "#VALUE!", "paid_in_prior_phases must not be negative"],
    [[1_000_000, "abc"], "#VALUE!", "paid_in_prior_phases must be a number"],
  ]);
});

describe("HZ_FLAGSHIP_PROJECT_SUBSIDY: 「实际投资总额(…不含土地、厂房、旧设备及获得的国家、省、市相关扶持资金)的50%、最高300万元」", () => {
  const F = "HZ_FLAGSHIP_PROJECT_SUBSIDY";

  it("50% of the investment, nothing excluded, below the cap", () => {
    expect(award(F, 4_000_000)).toBeCloseTo(2_000_000, 2); // 50% × 4,000,000 = 2,000,000
  });
  it("reaches the 3,000,000 cap exactly at 6,000,000", () => {
    expect(award(F, 6_000_000)).toBeCloseTo(3_000_000, 2); // 50% × 6,000,000 = 3,000,000 = cap
  });
  it("「最高300万元」 caps just above", () => {
    expect(award(F, 6_000_002)).toBeCloseTo(3_000_000, 2); // 50% × 6,000,002 = 3,000,001 → cap 3,000,000
  });
  it("land, buildings, used equipment and support funds come off the base", () => {
    expect(award(F, 10_000_000, 3_000_000, 2_000_000)).toBeCloseTo(2_500_000, 2); // (10,000,000 − 3,000,000 − 2,000,000) × 50% = 2,500,000
  });
  it("the base never goes below 0", () => {
    expect(award(F, 1_000_000, 2_000_000, 0)).toBeCloseTo(0, 2); // max(0, 1,000,000 − 2,000,000) × 50% = 0
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "total_investment must be a number"],
    [[-1], "#VALUE!", "total_investment must not be negative"],
    [[""], "#VALUE!", "total_investment is required"],
    [[undefined], "#VALUE!", "total_investment is required"],
    [[1_000_000, -1], "#VALUE!", "excluded_assets must not be negative"],
    [[1_000_000, 0, "abc"], "#VALUE!", "support_funds_received must be a number"],
  ]);
});

describe("HZ_RD_SUBSIDY: 「按年研发投入总量或增量给予政策支持」 (no rate, no cap in the text)", () => {
  const F = "HZ_RD_SUBSIDY";

  it("「总量」 (TOTAL) is the default basis", () => {
    expect(award(F, 8_000_000, 0.08)).toBeCloseTo(640_000, 2); // 8,000,000 × 0.08 = 640,000
  });
  it("TOTAL ignores a prior-year figure", () => {
    expect(award(F, 8_000_000, 0.1, "TOTAL", 5_000_000)).toBeCloseTo(800_000, 2); // 8,000,000 × 0.10 = 800,000
  });
  it("「增量」 (INCREMENT) uses this year minus the prior year", () => {
    expect(award(F, 8_000_000, 0.1, "INCREMENT", 5_000_000)).toBeCloseTo(300_000, 2); // (8,000,000 − 5,000,000) × 0.10 = 300,000
  });
  it("accepts the Chinese codes 总量 / 增量, lower case and surrounding spaces", () => {
    expect(award(F, 8_000_000, 0.1, "总量")).toBeCloseTo(800_000, 2); // 8,000,000 × 0.10
    expect(award(F, 8_000_000, 0.1, "增量", 5_000_000)).toBeCloseTo(300_000, 2); // 3,000,000 × 0.10
    expect(award(F, 8_000_000, 0.1, "  increment ", 5_000_000)).toBeCloseTo(300_000, 2); // 3,000,000 × 0.10
  });
  it("an R&D fall gives no increment", () => {
    expect(award(F, 5_000_000, 0.1, "INCREMENT", 6_000_000)).toBeCloseTo(0, 2); // max(0, −1,000,000) × 0.10 = 0
  });
  it("an optional cap from the implementing rules: below, at, capped", () => {
    expect(award(F, 8_000_000, 0.05, "TOTAL", undefined, 500_000)).toBeCloseTo(400_000, 2); // 400,000 < 500,000
    expect(award(F, 10_000_000, 0.05, "TOTAL", undefined, 500_000)).toBeCloseTo(500_000, 2); // 500,000 = cap
    expect(award(F, 12_000_000, 0.05, "TOTAL", undefined, 500_000)).toBeCloseTo(500_000, 2); // 600,000 → cap 500,000
  });
  it("the rate is the user's (not capped by the text): 1 is accepted", () => {
    expect(award(F, 300_000, 1)).toBeCloseTo(300_000, 2); // 300,000 × 1
  });

  itRejects(F, [
    [[8_000_000, 0.1, "INCREMENT"], "#VALUE!", "rd_prior_year is required when basis = INCREMENT"],
    [
      [8_000_000, 0.1, "INCREMENT", ""],
      "#VALUE!",
      "rd_prior_year is required when basis = INCREMENT",
    ],
    [[8_000_000, 0.1, "BOTH"], "#VALUE!", "basis must be one of: TOTAL, INCREMENT, 总量, 增量"],
    [["abc", 0.1], "#VALUE!", "rd_current_year must be a number"],
    [[-1, 0.1], "#VALUE!", "rd_current_year must not be negative"],
    [["", 0.1], "#VALUE!", "rd_current_year is required"],
    [[undefined, 0.1], "#VALUE!", "rd_current_year is required"],
    [[8_000_000, ""], "#VALUE!", "rate is required"],
    [[8_000_000, undefined], "#VALUE!", "rate is required"],
    [[8_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[8_000_000, 1.5], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
    [[8_000_000, 0.1, "INCREMENT", -1], "#VALUE!", "rd_prior_year must not be negative"],
    [[8_000_000, 0.1, "TOTAL", undefined, -1], "#VALUE!", "cap must not be negative"],
  ]);
});

describe("HZ_FREE_OFFICE_VALUE: 「使用时间不超过3年、面积不超过1000平方米的免费办公场所」 (in kind)", () => {
  const F = "HZ_FREE_OFFICE_VALUE";

  it("area × months × rent within both limits", () => {
    expect(award(F, 200, 12, 50)).toBeCloseTo(120_000, 2); // 200 × 12 × 50 = 120,000
  });
  it("「面积不超过1000平方米」: 1,000 m² counts in full", () => {
    expect(award(F, 1_000, 12, 50)).toBeCloseTo(600_000, 2); // 1,000 × 12 × 50 = 600,000
  });
  it("「面积不超过1000平方米」: 1,001 m² counts as 1,000", () => {
    expect(award(F, 1_001, 12, 50)).toBeCloseTo(600_000, 2); // min(1,001, 1,000) × 12 × 50 = 600,000
  });
  it("「使用时间不超过3年」: 36 months count in full", () => {
    expect(award(F, 100, 36, 50)).toBeCloseTo(180_000, 2); // 100 × 36 × 50 = 180,000
  });
  it("「使用时间不超过3年」: 37 months count as 36", () => {
    expect(award(F, 100, 37, 50)).toBeCloseTo(180_000, 2); // 100 × min(37, 36) × 50 = 180,000
  });
  it("fractional areas and rents are valued as entered", () => {
    expect(award(F, 999.5, 12, 50.5)).toBeCloseTo(605_697, 2); // 999.5 × 12 × 50.5 = 11,994 × 50.5 = 605,697
  });

  itRejects(F, [
    [["abc", 12, 50], "#VALUE!", "area_m2 must be a number"],
    [[-1, 12, 50], "#VALUE!", "area_m2 must not be negative"],
    [["", 12, 50], "#VALUE!", "area_m2 is required"],
    [[100, undefined, 50], "#VALUE!", "months is required"],
    [[100, -1, 50], "#VALUE!", "months must not be negative"],
    [[100, 12, ""], "#VALUE!", "monthly_rent_per_m2 is required"],
    [[100, 12, "abc"], "#VALUE!", "monthly_rent_per_m2 must be a number"],
  ]);
});

describe("HZ_NEW_INVESTMENT_SUBSIDY: 「不高于实际投资总额(不含土地、厂房、旧设备等)的30%、最高5000万元」", () => {
  const F = "HZ_NEW_INVESTMENT_SUBSIDY";

  it("30% of the net investment by default, below the cap", () => {
    expect(award(F, 150_000_000)).toBeCloseTo(45_000_000, 2); // 150,000,000 × 30% = 45,000,000
  });
  it("reaches the 50,000,000 cap exactly (at a 25% rate on 200,000,000)", () => {
    expect(award(F, 200_000_000, 0, 0.25)).toBeCloseTo(50_000_000, 2); // 200,000,000 × 25% = 50,000,000 = cap
  });
  it("「最高5000万元」 caps a larger amount", () => {
    expect(award(F, 200_000_000)).toBeCloseTo(50_000_000, 2); // 200,000,000 × 30% = 60,000,000 → cap 50,000,000
  });
  it("「不高于…30%」: exactly 0.30 is allowed", () => {
    expect(award(F, 10_000_000, 0, 0.3)).toBeCloseTo(3_000_000, 2); // 10,000,000 × 30% = 3,000,000
  });
  it("excluded assets larger than the gross leave nothing", () => {
    expect(award(F, 5_000_000, 6_000_000)).toBeCloseTo(0, 2); // max(0, 5,000,000 − 6,000,000) × 30% = 0
  });

  itRejects(F, [
    [[10_000_000, 0, 0.31], "#NUM!", "rate exceeds the policy maximum of 0.3"],
    [["abc"], "#VALUE!", "actual_total_investment must be a number"],
    [[-1], "#VALUE!", "actual_total_investment must not be negative"],
    [[""], "#VALUE!", "actual_total_investment is required"],
    [[undefined], "#VALUE!", "actual_total_investment is required"],
    [[10_000_000, -1], "#VALUE!", "excluded_assets must not be negative"],
    [[10_000_000, 0, "abc"], "#VALUE!", "rate must be a number"],
  ]);
});

describe("HZ_LOAN_INTEREST_SUBSIDY: 「实际投资总额…达500万元且获得贷款的…不高于1%的年利率贴息…总额最高150万元」", () => {
  const F = "HZ_LOAN_INTEREST_SUBSIDY";

  it("「达500万元」 includes 5,000,000", () => {
    expect(award(F, 5_000_000, 10_000_000)).toBeCloseTo(100_000, 2); // 1% × 10,000,000 × 1 year = 100,000
  });
  it("「达500万元」: 4,999,999.99 does not qualify", () => {
    expect(award(F, 4_999_999.99, 10_000_000)).toBeCloseTo(0, 2); // below 5,000,000 → 0
  });
  it("「且获得贷款」: no loan, no subsidy", () => {
    expect(award(F, 20_000_000, 0)).toBeCloseTo(0, 2); // loan 0 → 0
  });
  it("half a year of interest", () => {
    expect(award(F, 5_000_000, 20_000_000, 0.5)).toBeCloseTo(100_000, 2); // 1% × 20,000,000 × 0.5 = 100,000
  });
  it("a blank years counts as 1 year", () => {
    expect(award(F, 5_000_000, 20_000_000, "")).toBeCloseTo(200_000, 2); // 1% × 20,000,000 × 1 = 200,000
  });
  it("a rate below 1% when the rules set one", () => {
    expect(award(F, 5_000_000, 20_000_000, 1, 0.008)).toBeCloseTo(160_000, 2); // 0.8% × 20,000,000 × 1 = 160,000
  });
  it("reaches the 1,500,000 cumulative cap exactly", () => {
    expect(award(F, 200_000_000, 150_000_000)).toBeCloseTo(1_500_000, 2); // 1% × 150,000,000 × 1 = 1,500,000 = cap
  });
  it("「总额最高150万元」 caps a larger amount", () => {
    expect(award(F, 200_000_000, 200_000_000)).toBeCloseTo(1_500_000, 2); // 1% × 200,000,000 = 2,000,000 → cap 1,500,000
  });
  it("the cap room is reduced by interest subsidy already received", () => {
    expect(award(F, 200_000_000, 100_000_000, 1, 0.01, 1_000_000)).toBeCloseTo(500_000, 2); // min(1,000,000, 1,500,000 − 1,000,000) = 500,000
  });
  it("the cap is exhausted once 1,500,000 has been received", () => {
    expect(award(F, 200_000_000, 100_000_000, 1, 0.01, 1_500_000)).toBeCloseTo(0, 2); // room max(0, 1,500,000 − 1,500,000) = 0
    expect(award(F, 200_000_000, 100_000_000, 1, 0.01, 2_000_000)).toBeCloseTo(0, 2); // room max(0, −500,000) = 0
  });
  it("a subsidy cannot exceed the interest actually paid", () => {
    expect(award(F, 5_000_000, 30_000_000, 1, 0.01, 0, 250_000)).toBeCloseTo(250_000, 2); // min(300,000, 250,000) = 250,000
    expect(award(F, 5_000_000, 30_000_000, 1, 0.01, 0, 400_000)).toBeCloseTo(300_000, 2); // min(300,000, 400,000) = 300,000
  });
  it("interest paid and the cap room together", () => {
    expect(award(F, 5_000_000, 30_000_000, 1, 0.01, 1_400_000, 250_000)).toBeCloseTo(100_000, 2); // min(300,000 → 250,000, room 100,000) = 100,000
  });

  itRejects(F, [
    [[5_000_000, 10_000_000, 1, 0.011], "#NUM!", "rate exceeds the policy maximum of 0.01"],
    [["abc", 10_000_000], "#VALUE!", "eligible_investment must be a number"],
    [[-1, 10_000_000], "#VALUE!", "eligible_investment must not be negative"],
    [["", 10_000_000], "#VALUE!", "eligible_investment is required"],
    [[undefined, 10_000_000], "#VALUE!", "eligible_investment is required"],
    [[5_000_000, ""], "#VALUE!", "loan_amount is required"],
    [[5_000_000, -1], "#VALUE!", "loan_amount must not be negative"],
    [[5_000_000, 10_000_000, "abc"], "#VALUE!", "years must be a number"],
    [[5_000_000, 10_000_000, 1, 0.01, -1], "#VALUE!", "received_to_date must not be negative"],
    [
      [5_000_000, 10_000_000, 1, 0.01, 0, "abc"],
      "#VALUE!",
      "actual_interest_paid must be a number",
    ],
  ]);
});

describe("HZ_CHAIN_ENTRY_AWARD: 「连续两年销售额均超过1000万元的,给予…一次性奖励100万元」", () => {
  const F = "HZ_CHAIN_ENTRY_AWARD";

  it("「超过」: just above 10,000,000 in both years earns 1,000,000", () => {
    expect(award(F, 10_000_000.01, 10_000_000.01)).toBeCloseTo(1_000_000, 2); // both > 10,000,000 → 1,000,000
  });
  it("「超过」 excludes 10,000,000 itself (year 1)", () => {
    expect(award(F, 10_000_000, 20_000_000)).toBeCloseTo(0, 2); // 10,000,000 is not > 10,000,000
  });
  it("「均」: year 2 must also exceed 10,000,000", () => {
    expect(award(F, 20_000_000, 10_000_000)).toBeCloseTo(0, 2); // year 2 not > 10,000,000
  });
  it("the award is fixed, however large the sales", () => {
    expect(award(F, 900_000_000, 900_000_000)).toBeCloseTo(1_000_000, 2); // one-time 1,000,000
  });

  itRejects(F, [
    [["abc", 20_000_000], "#VALUE!", "sales_year1 must be a number"],
    [[-1, 20_000_000], "#VALUE!", "sales_year1 must not be negative"],
    [["", 20_000_000], "#VALUE!", "sales_year1 is required"],
    [[20_000_000, undefined], "#VALUE!", "sales_year2 is required"],
    [[20_000_000, -1], "#VALUE!", "sales_year2 must not be negative"],
  ]);
});

describe("HZ_COMPONENT_PURCHASE_AWARD: 「年度采购量达100万元的,按年度采购量的10%予以奖励,单家企业每年最高奖励500万元」", () => {
  const F = "HZ_COMPONENT_PURCHASE_AWARD";

  it("「达100万元」 includes 1,000,000", () => {
    expect(award(F, 1_000_000)).toBeCloseTo(100_000, 2); // 10% × 1,000,000 = 100,000
  });
  it("「达100万元」: 999,999.99 does not qualify", () => {
    expect(award(F, 999_999.99)).toBeCloseTo(0, 2); // below 1,000,000 → 0
  });
  it("reaches the 5,000,000 annual cap exactly at 50,000,000", () => {
    expect(award(F, 50_000_000)).toBeCloseTo(5_000_000, 2); // 10% × 50,000,000 = 5,000,000 = cap
  });
  it("「每年最高奖励500万元」 caps a larger amount", () => {
    expect(award(F, 60_000_000)).toBeCloseTo(5_000_000, 2); // 10% × 60,000,000 = 6,000,000 → cap 5,000,000
  });
  it("the year's room is reduced by awards already received", () => {
    expect(award(F, 20_000_000, 4_000_000)).toBeCloseTo(1_000_000, 2); // min(2,000,000, 5,000,000 − 4,000,000) = 1,000,000
  });
  it("nothing left once 5,000,000 has been received this year", () => {
    expect(award(F, 20_000_000, 5_000_000)).toBeCloseTo(0, 2); // room max(0, 5,000,000 − 5,000,000) = 0
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "annual_purchase must be a number"],
    [[-1], "#VALUE!", "annual_purchase must not be negative"],
    [[""], "#VALUE!", "annual_purchase is required"],
    [[undefined], "#VALUE!", "annual_purchase is required"],
    [[2_000_000, -1], "#VALUE!", "received_to_date must not be negative"],
    [[2_000_000, "abc"], "#VALUE!", "received_to_date must be a number"],
  ]);
});

describe("HZ_SCENARIO_AWARD: 「按实际投入的50%、予以最高200万元的奖励」", () => {
  const F = "HZ_SCENARIO_AWARD";

  it("50% below the cap", () => {
    expect(award(F, 3_999_998)).toBeCloseTo(1_999_999, 2); // 50% × 3,999,998 = 1,999,999
  });
  it("reaches the 2,000,000 cap exactly at 4,000,000", () => {
    expect(award(F, 4_000_000)).toBeCloseTo(2_000_000, 2); // 50% × 4,000,000 = 2,000,000 = cap
  });
  it("「最高200万元」 caps just above", () => {
    expect(award(F, 4_000_002)).toBeCloseTo(2_000_000, 2); // 50% × 4,000,002 = 2,000,001 → cap
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "actual_investment must be a number"],
    [[-1], "#VALUE!", "actual_investment must not be negative"],
    [[""], "#VALUE!", "actual_investment is required"],
    [[undefined], "#VALUE!", "actual_investment is required"],
  ]);
});

describe("HZ_PILOT_PLATFORM_SUBSIDY: 「不超过实际投入30%…分年度予以补助,单个平台最高补助5000万元」", () => {
  const F = "HZ_PILOT_PLATFORM_SUBSIDY";

  it("30% of cumulative investment in the first year", () => {
    expect(award(F, 10_000_000)).toBeCloseTo(3_000_000, 2); // 30% × 10,000,000 = 3,000,000
  });
  it("reaches the 50,000,000 cap exactly (25% of 200,000,000)", () => {
    expect(award(F, 200_000_000, 0, 0.25)).toBeCloseTo(50_000_000, 2); // 25% × 200,000,000 = 50,000,000 = cap
  });
  it("a later year pays the cumulative amount less earlier years", () => {
    expect(award(F, 60_000_000, 9_000_000)).toBeCloseTo(9_000_000, 2); // 30% × 60,000,000 = 18,000,000 − 9,000,000
  });
  it("「单个平台最高补助5000万元」 caps the cumulative amount before deducting", () => {
    expect(award(F, 300_000_000, 40_000_000)).toBeCloseTo(10_000_000, 2); // min(90,000,000, 50,000,000) − 40,000,000
  });
  it("nothing more once 50,000,000 has been paid", () => {
    expect(award(F, 300_000_000, 50_000_000)).toBeCloseTo(0, 2); // 50,000,000 − 50,000,000 = 0
  });
  it("「不超过…30%」: 0.30 is allowed, 0.31 is not", () => {
    expect(award(F, 10_000_000, 0, 0.3)).toBeCloseTo(3_000_000, 2); // 30% × 10,000,000
    expectError(F, [10_000_000, 0, 0.31], "#NUM!", "rate exceeds the policy maximum of 0.3");
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "cumulative_actual_investment must be a number"],
    [[-1], "#VALUE!", "cumulative_actual_investment must not be negative"],
    [[""], "#VALUE!", "cumulative_actual_investment is required"],
    [[undefined], "#VALUE!", "cumulative_actual_investment is required"],
    [[10_000_000, -1], "#VALUE!", "paid_in_prior_years must not be negative"],
    [[10_000_000, 0, "abc"], "#VALUE!", "rate must be a number"],
  ]);
});
