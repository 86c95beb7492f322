/**
 * BJ-ROBOT (京经信发〔2023〕46号), spec §4.5 / §5.5. Every expected amount is worked out by hand from the
 * policy text; the arithmetic is in the comment beside it.
 */
import { calculate, clauses } from "../../src";
import { expectError, itRejects } from "../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

describe("BJ-ROBOT catalog", () => {
  const bj = clauses.filter((c) => c.document === "BJ-ROBOT");

  it("has the 20 rows of spec §4.5 in order", () => {
    expect(bj.map((c) => c.id)).toEqual([
      "BJ-ROBOT-01",
      "BJ-ROBOT-02",
      "BJ-ROBOT-03a",
      "BJ-ROBOT-03b",
      "BJ-ROBOT-04",
      "BJ-ROBOT-05a",
      "BJ-ROBOT-05b",
      "BJ-ROBOT-06a",
      "BJ-ROBOT-06b",
      "BJ-ROBOT-07",
      "BJ-ROBOT-08",
      "BJ-ROBOT-09",
      "BJ-ROBOT-10",
      "BJ-ROBOT-11",
      "BJ-ROBOT-12",
      "BJ-ROBOT-13a",
      "BJ-ROBOT-13b",
      "BJ-ROBOT-14",
      "BJ-ROBOT-15",
      "BJ-ROBOT-16",
    ]);
  });

  it("has the 8 functions of spec §5.5", () => {
    expect(bj.filter((c) => c.fn).map((c) => c.fn!.name)).toEqual([
      "BJ_KEYTECH_GRANT",
      "BJ_PUBLIC_PLATFORM_SUBSIDY",
      "BJ_BENCHMARK_FACTORY_AWARD",
      "BJ_PROJECT_LOAN_INTEREST_SUBSIDY",
      "BJ_BTH_SUPPLY_CHAIN_AWARD",
      "BJ_FIRST_TRIAL_AWARD",
      "BJ_FIRST_LOAN_SUBSIDY",
      "BJ_LEASING_SUBSIDY",
    ]);
  });

  it("names no responsible department except where a measure names an implementer", () => {
    expect(bj.every((c) => c.departments.startsWith("none stated") || c.id === "BJ-ROBOT-08")).toBe(
      true
    );
    expect(bj.find((c) => c.id === "BJ-ROBOT-08")!.departments).toBe("各区、各行业主管部门");
  });
});

describe("BJ_KEYTECH_GRANT: 「根据攻关投入予以支持，最高 3000 万元。」 (rate not stated)", () => {
  const F = "BJ_KEYTECH_GRANT";

  it("investment × the user's rate, below the cap", () => {
    expect(award(F, 20_000_000, 0.25)).toBeCloseTo(5_000_000, 2); // 20,000,000 × 25% = 5,000,000
  });
  it("reaches the 30,000,000 cap exactly", () => {
    expect(award(F, 100_000_000, 0.3)).toBeCloseTo(30_000_000, 2); // 100,000,000 × 30% = 30,000,000 = cap
  });
  it("「最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 100_000_010, 0.3)).toBeCloseTo(30_000_000, 2); // 30,000,003 → cap 30,000,000
  });

  itRejects(F, [
    [["abc", 0.3], "#VALUE!", "tackling_investment must be a number"],
    [[-1, 0.3], "#VALUE!", "tackling_investment must not be negative"],
    [["", 0.3], "#VALUE!", "tackling_investment is required"],
    [[undefined, 0.3], "#VALUE!", "tackling_investment is required"],
    [[1_000_000, ""], "#VALUE!", "rate is required"],
    [[1_000_000, undefined], "#VALUE!", "rate is required"],
    [[1_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[1_000_000, 1.1], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
  ]);
});

describe("BJ_PUBLIC_PLATFORM_SUBSIDY: 「按照不超过建设项目投资的 30%予以补贴，最高 3000 万元」", () => {
  const F = "BJ_PUBLIC_PLATFORM_SUBSIDY";

  it("30% by default, below the cap", () => {
    expect(award(F, 50_000_000)).toBeCloseTo(15_000_000, 2); // 50,000,000 × 30% = 15,000,000
  });
  it("reaches the 30,000,000 cap exactly at 100,000,000", () => {
    expect(award(F, 100_000_000)).toBeCloseTo(30_000_000, 2); // 100,000,000 × 30% = 30,000,000 = cap
  });
  it("「最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 120_000_000)).toBeCloseTo(30_000_000, 2); // 36,000,000 → cap 30,000,000
  });
  it("「不超过…30%」: 0.30 is allowed, 0.31 is not", () => {
    expect(award(F, 50_000_000, 0.3)).toBeCloseTo(15_000_000, 2); // 50,000,000 × 30%
    expectError(F, [50_000_000, 0.31], "#NUM!", "rate exceeds the policy maximum of 0.3");
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "project_investment must be a number"],
    [[-1], "#VALUE!", "project_investment must not be negative"],
    [[""], "#VALUE!", "project_investment is required"],
    [[undefined], "#VALUE!", "project_investment is required"],
    [[1_000_000, "abc"], "#VALUE!", "rate must be a number"],
  ]);
});

describe("BJ_BENCHMARK_FACTORY_AWARD: 「“机器人生产机器人”标杆工厂…按照不超过建设项目投资的 30%予以奖励，最高 3000 万元」", () => {
  const F = "BJ_BENCHMARK_FACTORY_AWARD";

  it("a lower rate when the review sets one", () => {
    expect(award(F, 80_000_000, 0.2)).toBeCloseTo(16_000_000, 2); // 80,000,000 × 20% = 16,000,000
  });
  it("reaches the 30,000,000 cap exactly at 100,000,000", () => {
    expect(award(F, 100_000_000)).toBeCloseTo(30_000_000, 2); // 100,000,000 × 30% = 30,000,000 = cap
  });
  it("「最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 100_000_010)).toBeCloseTo(30_000_000, 2); // 30,000,003 → cap
  });

  itRejects(F, [
    [[80_000_000, 0.35], "#NUM!", "rate exceeds the policy maximum of 0.3"],
    [["abc"], "#VALUE!", "project_investment must be a number"],
    [[-1], "#VALUE!", "project_investment must not be negative"],
    [[""], "#VALUE!", "project_investment is required"],
    [[undefined], "#VALUE!", "project_investment is required"],
  ]);
});

describe("BJ_PROJECT_LOAN_INTEREST_SUBSIDY: 「不超过…LPR…予以贴息，贴息期限不超过 3 年，年度最高 3000 万元」", () => {
  const F = "BJ_PROJECT_LOAN_INTEREST_SUBSIDY";

  it("at the LPR by default", () => {
    expect(award(F, 200_000_000, 0.035)).toBeCloseTo(7_000_000, 2); // 200,000,000 × 3.5% = 7,000,000
  });
  it("「不超过…LPR」: a subsidy rate equal to the LPR is allowed", () => {
    expect(award(F, 200_000_000, 0.035, 0.035)).toBeCloseTo(7_000_000, 2); // 200,000,000 × 3.5%
  });
  it("a subsidy rate below the LPR", () => {
    expect(award(F, 200_000_000, 0.035, 0.02)).toBeCloseTo(4_000_000, 2); // 200,000,000 × 2% = 4,000,000
  });
  it("「贴息期限不超过 3 年」: year 3 is paid", () => {
    expect(award(F, 200_000_000, 0.035, undefined, 3)).toBeCloseTo(7_000_000, 2); // year 3 ≤ 3 → 7,000,000
  });
  it("「贴息期限不超过 3 年」: year 4 is not", () => {
    expect(award(F, 200_000_000, 0.035, undefined, 4)).toBeCloseTo(0, 2); // year 4 > 3 → 0
  });
  it("reaches the 30,000,000 annual cap exactly", () => {
    expect(award(F, 1_000_000_000, 0.03)).toBeCloseTo(30_000_000, 2); // 1,000,000,000 × 3% = 30,000,000 = cap
  });
  it("「年度最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 1_000_000_000, 0.04)).toBeCloseTo(30_000_000, 2); // 40,000,000 → cap 30,000,000
  });
  it("the year's room is reduced by subsidy already received", () => {
    expect(award(F, 500_000_000, 0.035, undefined, 1, 20_000_000)).toBeCloseTo(10_000_000, 2); // min(17,500,000, 30,000,000 − 20,000,000) = 10,000,000
  });
  it("nothing left once 30,000,000 has been received this year", () => {
    expect(award(F, 500_000_000, 0.035, undefined, 1, 30_000_000)).toBeCloseTo(0, 2); // room 0
  });
  it("a subsidy cannot exceed the interest actually paid", () => {
    expect(award(F, 200_000_000, 0.035, undefined, 1, 0, 6_000_000)).toBeCloseTo(6_000_000, 2); // min(7,000,000, 6,000,000)
    expect(award(F, 200_000_000, 0.035, undefined, 1, 0, 8_000_000)).toBeCloseTo(7_000_000, 2); // min(7,000,000, 8,000,000)
  });

  itRejects(F, [
    [
      [200_000_000, 0.035, 0.036],
      "#NUM!",
      "subsidy_rate exceeds the policy maximum of lpr (0.035)",
    ],
    [[200_000_000, 0.035, undefined, 0], "#NUM!", "year_index must be a whole number ≥ 1"],
    [[200_000_000, 0.035, undefined, 2.5], "#NUM!", "year_index must be a whole number ≥ 1"],
    [["abc", 0.035], "#VALUE!", "avg_loan_balance must be a number"],
    [[-1, 0.035], "#VALUE!", "avg_loan_balance must not be negative"],
    [["", 0.035], "#VALUE!", "avg_loan_balance is required"],
    [[undefined, 0.035], "#VALUE!", "avg_loan_balance is required"],
    [[200_000_000, ""], "#VALUE!", "lpr is required"],
    [[200_000_000, undefined], "#VALUE!", "lpr is required"],
    [[200_000_000, "abc"], "#VALUE!", "lpr must be a number"],
    [[200_000_000, 0.035, "abc"], "#VALUE!", "subsidy_rate must be a number"],
    [[200_000_000, 0.035, undefined, 1, -1], "#VALUE!", "received_to_date must not be negative"],
    [
      [200_000_000, 0.035, undefined, 1, 0, -1],
      "#VALUE!",
      "actual_interest_paid must not be negative",
    ],
  ]);
});

describe("BJ_BTH_SUPPLY_CHAIN_AWARD: 「按照不超过实际履约金额的 5%予以奖励，最高 3000 万元」", () => {
  const F = "BJ_BTH_SUPPLY_CHAIN_AWARD";

  it("5% by default, below the cap", () => {
    expect(award(F, 60_000_000)).toBeCloseTo(3_000_000, 2); // 60,000,000 × 5% = 3,000,000
  });
  it("reaches the 30,000,000 cap exactly at 600,000,000", () => {
    expect(award(F, 600_000_000)).toBeCloseTo(30_000_000, 2); // 600,000,000 × 5% = 30,000,000 = cap
  });
  it("「最高 3000 万元」 caps a larger amount", () => {
    expect(award(F, 600_000_100)).toBeCloseTo(30_000_000, 2); // 30,000,005 → cap
  });
  it("「不超过…5%」: 0.05 is allowed, 0.051 is not", () => {
    expect(award(F, 60_000_000, 0.05)).toBeCloseTo(3_000_000, 2); // 60,000,000 × 5%
    expect(award(F, 60_000_000, 0.03)).toBeCloseTo(1_800_000, 2); // 60,000,000 × 3% = 1,800,000
    expectError(F, [60_000_000, 0.051], "#NUM!", "rate exceeds the policy maximum of 0.05");
  });
  // Revision 2: 「最高 3000 万元」 is the enterprise's ceiling over the policy term (scope cumulative).
  it("received_to_date leaves the room under the cumulative 30,000,000 (Revision 2 worked example)", () => {
    // 400,000,000 × 0.05 = 20,000,000; room 30,000,000 − 25,000,000 = 5,000,000 → 5,000,000
    expect(award(F, 400_000_000, 0.05, 25_000_000)).toBe(5_000_000);
  });
  it("the room does not bind when the award fits under it", () => {
    // 60,000,000 × 0.05 = 3,000,000 ≤ room 30,000,000 − 26,000,000 = 4,000,000 → 3,000,000
    expect(award(F, 60_000_000, undefined, 26_000_000)).toBe(3_000_000);
  });
  it("nothing once the ceiling has been received, or more than it (floored at 0)", () => {
    // room 30,000,000 − 30,000,000 = 0; 30,000,000 − 31,000,000 → max(0, …) = 0
    expect(award(F, 100_000_000, 0.05, 30_000_000)).toBe(0);
    expect(award(F, 100_000_000, 0.05, 31_000_000)).toBe(0);
  });
  it("blank received_to_date is 0: the per-award reading", () => {
    // 800,000,000 × 0.05 = 40,000,000 → min(40,000,000, 30,000,000 − 0) = 30,000,000
    expect(award(F, 800_000_000, 0.05, "")).toBe(30_000_000);
  });

  itRejects(F, [
    [[100_000_000, 0.05, -1], "#VALUE!", "received_to_date must not be negative"],
    [[100_000_000, 0.05, "abc"], "#VALUE!", "received_to_date must be a number"],
    [["abc"], "#VALUE!", "contract_performance_amount must be a number"],
    [[-1], "#VALUE!", "contract_performance_amount must not be negative"],
    [[""], "#VALUE!", "contract_performance_amount is required"],
    [[undefined], "#VALUE!", "contract_performance_amount is required"],
  ]);
});

describe("BJ_FIRST_TRIAL_AWARD: 「单台（套）产品最高 50 万元，每家企业年度奖励最高 200 万元」", () => {
  const F = "BJ_FIRST_TRIAL_AWARD";

  it("per product: below, at and above 500,000", () => {
    expect(award(F, [[499_999.99]])).toBeCloseTo(499_999.99, 2); // below the per-unit cap
    expect(award(F, [[500_000]])).toBeCloseTo(500_000, 2); // = per-unit cap
    expect(award(F, [[500_000.01]])).toBeCloseTo(500_000, 2); // → per-unit cap 500,000
  });
  it("reaches the 2,000,000 annual cap exactly with four capped products", () => {
    expect(award(F, [[500_000], [500_000], [700_000], [900_000]])).toBeCloseTo(2_000_000, 2); // 4 × 500,000 = 2,000,000 = cap
  });
  it("「年度奖励最高 200 万元」 caps the sum", () => {
    expect(award(F, [[500_000], [500_000], [500_000], [500_000], [100_000]])).toBeCloseTo(
      2_000_000,
      2
    ); // 2,100,000 → cap 2,000,000
  });
  it("the year's room is reduced by awards already received", () => {
    expect(award(F, [[500_000], [500_000]], 1_500_000)).toBeCloseTo(500_000, 2); // min(1,000,000, 2,000,000 − 1,500,000) = 500,000
  });
  it("nothing left once 2,000,000 has been received this year", () => {
    expect(award(F, [[300_000]], 2_000_000)).toBeCloseTo(0, 2); // room 0
  });
  it('blank cells in the range are skipped (null from Excel on the web, "" from a blank cell)', () => {
    expect(award(F, [[300_000], [""], [null], [200_000]])).toBeCloseTo(500_000, 2); // 300,000 + 200,000
  });
  it("a row range works like a column", () => {
    expect(award(F, [[300_000, 600_000]])).toBeCloseTo(800_000, 2); // 300,000 + min(600,000, 500,000)
  });
  it("a range of blank cells has no items → 0 (spec §2.5)", () => {
    expect(award(F, [[""], [null]])).toBeCloseTo(0, 2); // no items
  });

  itRejects(F, [
    [
      [[[100_000], ["abc"]]],
      "#VALUE!",
      "requested_amounts contains an invalid value at position 2",
    ],
    [
      [
        [
          [100_000, ""],
          ["x", 5],
        ],
      ],
      "#VALUE!",
      "requested_amounts contains an invalid value at position 3",
    ],
    [[[[-1]]], "#VALUE!", "requested_amounts contains an invalid value at position 1"],
    [[[[true]]], "#VALUE!", "requested_amounts contains an invalid value at position 1"],
    [[[[100_000], ["#N/A"]]], "#VALUE!", "requested_amounts contains an error at position 2"],
    [[undefined], "#VALUE!", "requested_amounts is required"],
    [[""], "#VALUE!", "requested_amounts is required"],
    [[[[100_000]], "abc"], "#VALUE!", "received_to_date must be a number"],
    [[[[100_000]], -1], "#VALUE!", "received_to_date must not be negative"],
  ]);
});

describe("BJ_FIRST_LOAN_SUBSIDY: 「给予 1%的贴息或担保费用补助，补贴期限最高 1 年」", () => {
  const F = "BJ_FIRST_LOAN_SUBSIDY";

  it("1% for a full year by default", () => {
    expect(award(F, 3_000_000)).toBeCloseTo(30_000, 2); // 3,000,000 × 1% × 12/12 = 30,000
  });
  it("pro-rated for 3 months", () => {
    expect(award(F, 3_000_000, 3)).toBeCloseTo(7_500, 2); // 3,000,000 × 1% × 3/12 = 7,500
  });
  it("「补贴期限最高 1 年」: 12 months count in full", () => {
    expect(award(F, 3_000_000, 12)).toBeCloseTo(30_000, 2); // 3,000,000 × 1% × 12/12
  });
  it("「补贴期限最高 1 年」: 13 months count as 12", () => {
    expect(award(F, 3_000_000, 13)).toBeCloseTo(30_000, 2); // min(13, 12) = 12 → 30,000
  });
  it("0 months is 0", () => {
    expect(award(F, 3_000_000, 0)).toBeCloseTo(0, 2); // × 0/12
  });
  it("the subsidy cannot exceed the interest or fee actually paid", () => {
    expect(award(F, 3_000_000, 12, 20_000)).toBeCloseTo(20_000, 2); // min(30,000, 20,000)
    expect(award(F, 3_000_000, 12, 30_000)).toBeCloseTo(30_000, 2); // min(30,000, 30,000)
    expect(award(F, 3_000_000, 12, 45_000)).toBeCloseTo(30_000, 2); // min(30,000, 45,000)
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "loan_amount must be a number"],
    [[-1], "#VALUE!", "loan_amount must not be negative"],
    [[""], "#VALUE!", "loan_amount is required"],
    [[undefined], "#VALUE!", "loan_amount is required"],
    [[3_000_000, "abc"], "#VALUE!", "months must be a number"],
    [[3_000_000, -1], "#VALUE!", "months must not be negative"],
    [[3_000_000, 12, -1], "#VALUE!", "actual_cost_paid must not be negative"],
  ]);
});

describe("BJ_LEASING_SUBSIDY: 「按照不超过 5%的费率予以支持，企业年度补贴额最高 1000 万元」", () => {
  const F = "BJ_LEASING_SUBSIDY";

  it("5% by default, below the cap", () => {
    expect(award(F, 60_000_000)).toBeCloseTo(3_000_000, 2); // 60,000,000 × 5% = 3,000,000
  });
  it("a lower rate when the rules set one", () => {
    expect(award(F, 40_000_000, 0.03)).toBeCloseTo(1_200_000, 2); // 40,000,000 × 3% = 1,200,000
  });
  it("reaches the 10,000,000 annual cap exactly at 200,000,000", () => {
    expect(award(F, 200_000_000)).toBeCloseTo(10_000_000, 2); // 200,000,000 × 5% = 10,000,000 = cap
  });
  it("「年度补贴额最高 1000 万元」 caps a larger amount", () => {
    expect(award(F, 200_000_020)).toBeCloseTo(10_000_000, 2); // 10,000,001 → cap
  });
  it("the year's room is reduced by subsidy already received", () => {
    expect(award(F, 60_000_000, 0.05, 9_000_000)).toBeCloseTo(1_000_000, 2); // min(3,000,000, 10,000,000 − 9,000,000) = 1,000,000
  });
  it("nothing left once 10,000,000 has been received this year", () => {
    expect(award(F, 60_000_000, 0.05, 10_000_000)).toBeCloseTo(0, 2); // room 0
  });
  it("Revision 1: the subsidy cannot exceed the leasing cost actually paid", () => {
    expect(award(F, 40_000_000, 0.05, 0, 1_500_000)).toBeCloseTo(1_500_000, 2); // min(2,000,000, 1,500,000)
    expect(award(F, 40_000_000, 0.05, 0, 2_500_000)).toBeCloseTo(2_000_000, 2); // min(2,000,000, 2,500,000)
    expect(award(F, 40_000_000, 0.05, 9_000_000, 1_500_000)).toBeCloseTo(1_000_000, 2); // min(1,500,000, room 1,000,000)
  });
  it("「不超过 5%」: 0.05 is allowed, 0.0501 is not", () => {
    expect(award(F, 40_000_000, 0.05)).toBeCloseTo(2_000_000, 2); // 40,000,000 × 5%
    expectError(F, [40_000_000, 0.0501], "#NUM!", "rate exceeds the policy maximum of 0.05");
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "lease_financing_amount must be a number"],
    [[-1], "#VALUE!", "lease_financing_amount must not be negative"],
    [[""], "#VALUE!", "lease_financing_amount is required"],
    [[undefined], "#VALUE!", "lease_financing_amount is required"],
    [[1_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[1_000_000, 0.05, -1], "#VALUE!", "received_to_date must not be negative"],
    [[1_000_000, 0.05, 0, "abc"], "#VALUE!", "actual_cost_paid must be a number"],
  ]);
});
