/**
 * HLJ-AI (黑龙江省支持人工智能创新发展若干政策措施), spec §4.4 / §5.2.
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 * (The spec's worked examples run elsewhere, from the catalog records.)
 * Thresholds: 「以上」「（含）以上」 include the number (≥), 「超过」 excludes it (>) — 民法典 art. 1259.
 */
import { calculate } from "../../src";
import { type Contract, describeContracts, describeRows } from "../support/contracts";
import { expectNum } from "../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

const contracts: Contract[] = [
  {
    name: "HLJAI_RD_SUBSIDY",
    params: [
      "rd_last_year",
      "rd_prior_year",
      "base_stock_ratio",
      "base_increment_ratio",
      "received_to_date",
      "stock_basis",
      "base_annual_cap",
    ],
    valid: [12_000_000, 9_000_000, 0.03, 0.15, 0, "SPLIT", 6_000_000],
    required: ["rd_last_year", "rd_prior_year", "base_stock_ratio", "base_increment_ratio"],
    amounts: ["rd_last_year", "rd_prior_year", "received_to_date", "base_annual_cap"],
    rates: [{ param: "base_stock_ratio" }, { param: "base_increment_ratio" }],
    codes: ["stock_basis"],
  },
  {
    name: "HLJAI_PILOT_PLATFORM_GRANT",
    params: ["total_investment", "rate"],
    valid: [15_000_000, 0.3],
    required: ["total_investment"],
    amounts: ["total_investment"],
    rates: [{ param: "rate", max: 0.3 }],
  },
  {
    name: "HLJAI_COMPUTE_AWARD",
    params: ["annual_compute_spend", "received_to_date"],
    valid: [1_000_000, 0],
    required: ["annual_compute_spend"],
    amounts: ["annual_compute_spend", "received_to_date"],
  },
  {
    name: "HLJAI_DATASET_SUBSIDY",
    params: ["requested"],
    valid: [800_000],
    required: [],
    amounts: ["requested"],
  },
  {
    name: "HLJAI_NATIONAL_DATASET_SUBSIDY",
    params: ["approved_total_investment"],
    valid: [30_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment"],
  },
  {
    name: "HLJAI_DATA_VOUCHER",
    params: ["annual_transaction_amount", "received_to_date"],
    valid: [4_000_000, 0],
    required: ["annual_transaction_amount"],
    amounts: ["annual_transaction_amount", "received_to_date"],
  },
  {
    name: "HLJAI_MODEL_VOUCHER",
    params: ["purchase_amount", "rate", "received_to_date", "uplift"],
    valid: [2_000_000, 0.3, 0, 0.2],
    required: ["purchase_amount", "rate"],
    amounts: ["purchase_amount", "received_to_date"],
    rates: [{ param: "rate" }, { param: "uplift" }],
  },
  {
    name: "HLJAI_SCENARIO_GRANT",
    params: ["approved_total_investment"],
    valid: [50_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment"],
  },
  {
    name: "HLJAI_TERMINAL_PROJECT_SUBSIDY",
    params: ["total_investment", "approved_total_investment", "paid_in_prior_phases", "cap"],
    valid: [60_000_000, 60_000_000, 0, 50_000_000],
    required: ["total_investment"],
    amounts: ["total_investment", "approved_total_investment", "paid_in_prior_phases", "cap"],
  },
  {
    name: "HLJAI_LAUNCH_EVENT_SUBSIDY",
    params: ["actual_cost"],
    valid: [200_000],
    required: ["actual_cost"],
    amounts: ["actual_cost"],
  },
  {
    name: "HLJAI_ENTERPRISE_HONOR_SUBSIDY",
    params: ["honor_type", "requested"],
    valid: ["CHAMPION", 1_000_000],
    required: ["honor_type"],
    amounts: ["requested"],
    codes: ["honor_type"],
  },
  {
    name: "HLJAI_PILOT_BASE_SUBSIDY",
    params: ["national_support_amount", "rate"],
    valid: [200_000_000, 0.2],
    required: ["national_support_amount"],
    amounts: ["national_support_amount"],
    rates: [{ param: "rate", max: 0.2 }],
  },
];

describeRows(
  "HLJ-AI",
  "§4.4",
  [
    "HLJ-AI-01",
    "HLJ-AI-02",
    "HLJ-AI-03",
    "HLJ-AI-04",
    "HLJ-AI-05",
    "HLJ-AI-06a",
    "HLJ-AI-06b",
    "HLJ-AI-06c",
    "HLJ-AI-07",
    "HLJ-AI-08",
    "HLJ-AI-09a",
    "HLJ-AI-09b",
    "HLJ-AI-10",
    "HLJ-AI-11a",
    "HLJ-AI-11b",
    "HLJ-AI-12",
    "HLJ-AI-13a",
    "HLJ-AI-13b",
    "HLJ-AI-14",
    "HLJ-AI-15",
    "HLJ-AI-16",
  ],
  contracts
);

describeContracts(contracts);

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-03 「对研发投入50万元以上…给予基础比例上浮50%的补助支持，累计最高不超过1500万元」
// Illustrative ratios (not official): stock 3%, increment 15%.
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_RD_SUBSIDY — 「研发投入50万元以上」 includes 500,000", () => {
  test("at 500,000", () => {
    // stock 0; increment 500,000 × 0.15 = 75,000; × 1.5 = 112,500
    expect(award("HLJAI_RD_SUBSIDY", [500_000, 0, 0.03, 0.15])).toBeCloseTo(112_500, 2);
  });
  test("just below, 499,999.99 → 0", () => {
    expect(award("HLJAI_RD_SUBSIDY", [499_999.99, 0, 0.03, 0.15])).toBe(0);
  });
  test("above: stock and increment × 1.5", () => {
    // 9,000,000 × 0.03 = 270,000; 3,000,000 × 0.15 = 450,000; 720,000 × 1.5 = 1,080,000
    expect(award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15])).toBeCloseTo(
      1_080_000,
      2
    );
  });
  test("TOTAL basis (alias 全额)", () => {
    // 12,000,000 × 0.03 = 360,000; 3,000,000 × 0.15 = 450,000; 810,000 × 1.5 = 1,215,000
    expect(award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15, 0, "全额"])).toBeCloseTo(
      1_215_000,
      2
    );
    expect(
      award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15, 0, " total "])
    ).toBeCloseTo(1_215_000, 2);
  });
  test("R&D fell: stock only", () => {
    // stock min(3,000,000, 4,000,000) × 0.03 = 90,000; increment 0; × 1.5 = 135,000
    expect(award("HLJAI_RD_SUBSIDY", [3_000_000, 4_000_000, 0.03, 0.15])).toBeCloseTo(135_000, 2);
  });
});

describe("HLJAI_RD_SUBSIDY — 「累计最高不超过1500万元」, shared with HLJ-ROBOT-01", () => {
  // entitlement 1,080,000 (see above)
  test("exactly at the room left", () => {
    // room 15,000,000 − 13,920,000 = 1,080,000
    expect(award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15, 13_920_000])).toBeCloseTo(
      1_080_000,
      2
    );
  });
  test("capped by received_to_date", () => {
    // room 15,000,000 − 14,000,000 = 1,000,000 < 1,080,000
    expect(award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15, 14_000_000])).toBeCloseTo(
      1_000_000,
      2
    );
  });
  test("room exhausted → 0", () => {
    expect(award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15, 15_000_000])).toBe(0);
  });
  test("base_annual_cap × 1.5 binds", () => {
    // 600,000 × 1.5 = 900,000 < 1,080,000
    expect(
      award("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15, 0, "SPLIT", 600_000])
    ).toBeCloseTo(900_000, 2);
  });
  test("same constants as HLJ_RD_SUBSIDY: the two calls agree", () => {
    expect(award("HLJAI_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1])).toBeCloseTo(
      award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1]),
      2
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-04 「按总投资额的30%最高给予1000万元资助」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_PILOT_PLATFORM_GRANT — rate graded by 「绩效评价结果」, at most 0.30 (Revision 2)", () => {
  test("a graded rate (Revision 2 worked example)", () => {
    // 20,000,000 × 0.20 = 4,000,000
    expect(award("HLJAI_PILOT_PLATFORM_GRANT", [20_000_000, 0.2])).toBe(4_000_000);
  });
  test("blank rate is the maximum 0.30; the cap binds at a graded rate too", () => {
    // 20,000,000 × 0.30 = 6,000,000; 80,000,000 × 0.15 = 12,000,000 → cap 10,000,000
    expect(award("HLJAI_PILOT_PLATFORM_GRANT", [20_000_000, ""])).toBe(6_000_000);
    expect(award("HLJAI_PILOT_PLATFORM_GRANT", [80_000_000, 0.15])).toBe(10_000_000);
  });
  test("above 0.30 → #NUM! (Revision 2 worked example)", () => {
    expectNum(
      "HLJAI_PILOT_PLATFORM_GRANT",
      [20_000_000, 0.31],
      "rate exceeds the policy maximum of 0.3"
    );
  });
});

describe("HLJAI_PILOT_PLATFORM_GRANT — 30%, 「最高1000万元」", () => {
  test("below the cap", () => {
    // 30% × 33,333,333.33 = 9,999,999.999 → 10,000,000.00 after rounding; not capped
    expect(award("HLJAI_PILOT_PLATFORM_GRANT", [33_333_333.33])).toBeCloseTo(10_000_000, 2);
    // 30% × 10,000,000 = 3,000,000
    expect(award("HLJAI_PILOT_PLATFORM_GRANT", [10_000_000])).toBeCloseTo(3_000_000, 2);
  });
  test("capped", () => {
    // 30% × 33,333,333.34 = 10,000,000.002 → cap 10,000,000
    expect(award("HLJAI_PILOT_PLATFORM_GRANT", [33_333_333.34])).toBeCloseTo(10_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-06a 「单个给予最高200万元的补助」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_DATASET_SUBSIDY — 「最高200万元」 (up to)", () => {
  test("omitted or blank request → the maximum", () => {
    expect(award("HLJAI_DATASET_SUBSIDY", [])).toBeCloseTo(2_000_000, 2);
    expect(award("HLJAI_DATASET_SUBSIDY", [""])).toBeCloseTo(2_000_000, 2);
  });
  test("below, at and above the cap", () => {
    expect(award("HLJAI_DATASET_SUBSIDY", [1_999_999.99])).toBeCloseTo(1_999_999.99, 2);
    expect(award("HLJAI_DATASET_SUBSIDY", [2_000_000])).toBeCloseTo(2_000_000, 2);
    // 2,000,000.01 → cap 2,000,000
    expect(award("HLJAI_DATASET_SUBSIDY", [2_000_000.01])).toBeCloseTo(2_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-06c 「按照年度数据交易金额的10%…单个采购主体年度补贴最高不超过100万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_DATA_VOUCHER — 10%, 「年度补贴最高不超过100万元」 (shared with HLJ-ROBOT-13b)", () => {
  test("below, at and above the cap", () => {
    // 9,999,999.9 × 0.10 = 999,999.99
    expect(award("HLJAI_DATA_VOUCHER", [9_999_999.9])).toBeCloseTo(999_999.99, 2);
    // 10,000,000 × 0.10 = 1,000,000
    expect(award("HLJAI_DATA_VOUCHER", [10_000_000])).toBeCloseTo(1_000_000, 2);
    // 10,000,000.1 × 0.10 = 1,000,000.01 → 1,000,000
    expect(award("HLJAI_DATA_VOUCHER", [10_000_000.1])).toBeCloseTo(1_000_000, 2);
  });
  test("cap reduced by vouchers already received (incl. HLJ-ROBOT-13b)", () => {
    // 3,000,000 × 0.10 = 300,000; room 1,000,000 − 750,000 = 250,000
    expect(award("HLJAI_DATA_VOUCHER", [3_000_000, 750_000])).toBeCloseTo(250_000, 2);
  });
  test("room exhausted → 0", () => {
    expect(award("HLJAI_DATA_VOUCHER", [3_000_000, 1_000_000])).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-09b 「对新建总投资2000万元（含）以上的项目，采取分阶段投资补助方式，按照项目核定总投资的20%安排补助资金，
// 原则上单个项目支持金额不超过5000万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_TERMINAL_PROJECT_SUBSIDY — 「2000万元（含）以上」 includes 20,000,000", () => {
  test("at 20,000,000", () => {
    // 20,000,000 × 0.20 = 4,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [20_000_000])).toBeCloseTo(4_000_000, 2);
  });
  test("just below, 19,999,999.99 → 0", () => {
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [19_999_999.99])).toBe(0);
  });
  test("the threshold is on 新建总投资, the base is 核定总投资", () => {
    // total 20,000,000 passes; approved 10,000,000 × 0.20 = 2,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [20_000_000, 10_000_000])).toBeCloseTo(
      2_000_000,
      2
    );
    // total 19,000,000 fails, whatever the approved amount
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [19_000_000, 25_000_000])).toBe(0);
  });
  test("approved_total_investment blank → total_investment", () => {
    // 30,000,000 × 0.20 = 6,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [30_000_000, ""])).toBeCloseTo(6_000_000, 2);
  });
});

describe("HLJAI_TERMINAL_PROJECT_SUBSIDY — 「原则上…不超过5000万元」 and 「分阶段」", () => {
  test("below the cap", () => {
    // 249,999,999.95 × 0.20 = 49,999,999.99
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [249_999_999.95])).toBeCloseTo(49_999_999.99, 2);
  });
  test("at the cap", () => {
    // 250,000,000 × 0.20 = 50,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [250_000_000])).toBeCloseTo(50_000_000, 2);
  });
  test("capped", () => {
    // 300,000,000 × 0.20 = 60,000,000 → 50,000,000
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000])).toBeCloseTo(50_000_000, 2);
  });
  test("an approved exception raises the cap", () => {
    // 60,000,000 ≤ cap 70,000,000
    expect(
      award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000, undefined, 0, 70_000_000])
    ).toBeCloseTo(60_000_000, 2);
  });
  test("earlier phases are deducted", () => {
    // 60,000,000 × 0.20 = 12,000,000 − 10,000,000 paid = 2,000,000
    expect(
      award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [60_000_000, undefined, 10_000_000])
    ).toBeCloseTo(2_000_000, 2);
  });
  test("fully paid, or overpaid → 0", () => {
    // min(60,000,000, 50,000,000) − 50,000,000 = 0
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000, undefined, 50_000_000])).toBe(0);
    // max(0, 50,000,000 − 60,000,000) = 0
    expect(award("HLJAI_TERMINAL_PROJECT_SUBSIDY", [300_000_000, undefined, 60_000_000])).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-11b 「按照实际发生费用的30%，给予最高30万元补助资金」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_LAUNCH_EVENT_SUBSIDY — 30%, 「最高30万元」", () => {
  test("below the cap", () => {
    // 999,999.99 × 0.30 = 299,999.997 → 300,000.00 after rounding; not capped
    expect(award("HLJAI_LAUNCH_EVENT_SUBSIDY", [999_999.99])).toBeCloseTo(300_000, 2);
    // 500,000 × 0.30 = 150,000
    expect(award("HLJAI_LAUNCH_EVENT_SUBSIDY", [500_000])).toBeCloseTo(150_000, 2);
  });
  test("at the cap", () => {
    // 1,000,000 × 0.30 = 300,000
    expect(award("HLJAI_LAUNCH_EVENT_SUBSIDY", [1_000_000])).toBeCloseTo(300_000, 2);
  });
  test("capped", () => {
    // 1,000,000.1 × 0.30 = 300,000.03 → 300,000
    expect(award("HLJAI_LAUNCH_EVENT_SUBSIDY", [1_000_000.1])).toBeCloseTo(300_000, 2);
  });
});
