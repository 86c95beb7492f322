/**
 * HLJ-ROBOT (黑龙江省支持智能机器人产业发展若干政策措施), spec §4.1 / §5.1.
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 * (The spec's worked examples run elsewhere, from the catalog records.)
 * Thresholds: 「以上」 includes the number (≥), 「超过」 excludes it (>) — 民法典 art. 1259.
 */
import { calculate } from "../../src";
import { type Contract, describeContracts, describeRows } from "../support/contracts";
import { expectNum, expectValue, thrown } from "../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

const contracts: Contract[] = [
  {
    name: "HLJ_RD_SUBSIDY",
    params: [
      "rd_last_year",
      "rd_prior_year",
      "base_stock_ratio",
      "base_increment_ratio",
      "received_to_date",
      "stock_basis",
      "base_annual_cap",
    ],
    valid: [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 6_000_000],
    required: ["rd_last_year", "rd_prior_year", "base_stock_ratio", "base_increment_ratio"],
    amounts: ["rd_last_year", "rd_prior_year", "received_to_date", "base_annual_cap"],
    rates: [{ param: "base_stock_ratio" }, { param: "base_increment_ratio" }],
    codes: ["stock_basis"],
  },
  {
    name: "HLJ_KEYLAB_GRANT",
    params: ["first_evaluation_grade"],
    valid: ["EXCELLENT"],
    required: ["first_evaluation_grade"],
    amounts: [],
    codes: ["first_evaluation_grade"],
  },
  {
    name: "HLJ_NATIONAL_CENTER_GRANT",
    params: ["center_type", "count"],
    valid: ["EMERGING", 1],
    required: ["center_type"],
    amounts: [],
    codes: ["center_type"],
    counts: ["count"],
  },
  {
    name: "HLJ_KEYTECH_GRANT",
    params: ["requested_amount"],
    valid: [7_500_000],
    required: ["requested_amount"],
    amounts: ["requested_amount"],
  },
  {
    name: "HLJ_PILOT_PLATFORM_GRANT",
    params: ["total_investment", "rate"],
    valid: [20_000_000, 0.3],
    required: ["total_investment"],
    amounts: ["total_investment"],
    rates: [{ param: "rate", max: 0.3 }],
  },
  {
    name: "HLJ_INDUSTRIALIZATION_GRANT",
    params: ["approved_total_investment", "cap"],
    valid: [80_000_000, 50_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment", "cap"],
  },
  {
    name: "HLJ_DIGITAL_FACTORY_SUBSIDY",
    params: ["contract_amount", "type"],
    valid: [12_000_000, "WORKSHOP"],
    required: ["contract_amount", "type"],
    amounts: ["contract_amount"],
    codes: ["type"],
  },
  {
    name: "HLJ_REVENUE_MILESTONE_AWARD",
    params: ["annual_revenue", "prior_max_revenue", "mode"],
    valid: [62_000_000, 45_000_000, "HIGHEST"],
    required: ["annual_revenue"],
    amounts: ["annual_revenue", "prior_max_revenue"],
    codes: ["mode"],
  },
  {
    name: "HLJ_SCENARIO_SUBSIDY",
    params: ["scenario_investment", "rate", "cap"],
    valid: [30_000_000, 0.2, 20_000_000],
    required: ["scenario_investment", "rate"],
    amounts: ["scenario_investment", "cap"],
    rates: [{ param: "rate" }],
  },
  {
    name: "HLJ_LAUNCH_EVENT_SUBSIDY",
    params: ["actual_cost"],
    valid: [400_000],
    required: ["actual_cost"],
    amounts: ["actual_cost"],
  },
  {
    name: "HLJ_FIRST_SET_AWARD",
    params: ["unit_prices", "received_to_date"],
    valid: [[[1_200_000]], 0],
    required: ["unit_prices"],
    amounts: ["received_to_date"],
    ranges: ["unit_prices"],
  },
  {
    name: "HLJ_DATASET_GRANT",
    params: ["requested"],
    valid: [1_500_000],
    required: [],
    amounts: ["requested"],
  },
  {
    name: "HLJ_DATA_VOUCHER",
    params: ["annual_transaction_amount", "received_to_date"],
    valid: [2_500_000, 0],
    required: ["annual_transaction_amount"],
    amounts: ["annual_transaction_amount", "received_to_date"],
  },
];

describeRows(
  "HLJ-ROBOT",
  "§4.1",
  [
    "HLJ-ROBOT-01",
    "HLJ-ROBOT-02a",
    "HLJ-ROBOT-02b",
    "HLJ-ROBOT-02c",
    "HLJ-ROBOT-03",
    "HLJ-ROBOT-04",
    "HLJ-ROBOT-05",
    "HLJ-ROBOT-06",
    "HLJ-ROBOT-07a",
    "HLJ-ROBOT-07b",
    "HLJ-ROBOT-08",
    "HLJ-ROBOT-09",
    "HLJ-ROBOT-10",
    "HLJ-ROBOT-11",
    "HLJ-ROBOT-12",
    "HLJ-ROBOT-13a",
    "HLJ-ROBOT-13b",
    "HLJ-ROBOT-14",
    "HLJ-ROBOT-15",
    "HLJ-ROBOT-16",
    "HLJ-ROBOT-17",
  ],
  contracts
);

describeContracts(contracts);

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-01 「对研发投入50万元以上…给予基础比例上浮50%的补助支持，累计最高不超过1500万元」
// Illustrative ratios (not official): stock 2%, increment 10%.
// ---------------------------------------------------------------------------------------------------
describe("HLJ_RD_SUBSIDY — 「研发投入50万元以上」 includes 500,000", () => {
  test("at 500,000 (no prior R&D) the subsidy is paid", () => {
    // stock min(500,000, 0) = 0; increment 500,000 × 0.10 = 50,000; × 1.5 = 75,000
    expect(award("HLJ_RD_SUBSIDY", [500_000, 0, 0.02, 0.1])).toBeCloseTo(75_000, 2);
  });
  test("just below, 499,999.99 → 0", () => {
    // 499,999.99 < 500,000: threshold not met
    expect(award("HLJ_RD_SUBSIDY", [499_999.99, 0, 0.02, 0.1])).toBe(0);
  });
  test("just above, 500,000.01", () => {
    // increment 500,000.01 × 0.10 = 50,000.001; × 1.5 = 75,000.0015 → 75,000.00
    expect(award("HLJ_RD_SUBSIDY", [500_000.01, 0, 0.02, 0.1])).toBeCloseTo(75_000, 2);
  });
});

describe("HLJ_RD_SUBSIDY — 「上浮50%」 multiplies the base by 1.5; 「存量和增量部分」", () => {
  test("SPLIT (default): stock = min(last, prior), increment = last − prior", () => {
    // stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000; 320,000 × 1.5 = 480,000
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1])).toBeCloseTo(480_000, 2);
  });
  test.each(["TOTAL", "total", " Total ", "全额"])(
    "stock_basis %p → TOTAL: stock = last year in full",
    (basis) => {
      // 8,000,000 × 0.02 = 160,000; 2,000,000 × 0.10 = 200,000; 360,000 × 1.5 = 540,000
      expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, basis])).toBeCloseTo(
        540_000,
        2
      );
    }
  );
  test.each(["SPLIT", "split", "拆分", ""])("stock_basis %p → SPLIT", (basis) => {
    // as the SPLIT case: 480,000
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, basis])).toBeCloseTo(
      480_000,
      2
    );
  });
  test("R&D fell: no increment", () => {
    // stock min(3,000,000, 4,000,000) = 3,000,000 × 0.02 = 60,000; increment max(0, −1,000,000) = 0; × 1.5 = 90,000
    expect(award("HLJ_RD_SUBSIDY", [3_000_000, 4_000_000, 0.02, 0.1])).toBeCloseTo(90_000, 2);
  });
});

describe("HLJ_RD_SUBSIDY — 「累计最高不超过1500万元」 (room under the cumulative cap)", () => {
  // The entitlement in these cases: 480,000 (see the SPLIT case above).
  test("below the cap: nothing received", () => {
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0])).toBeCloseTo(480_000, 2);
  });
  test("exactly at the room left", () => {
    // room 15,000,000 − 14,520,000 = 480,000 = entitlement
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 14_520_000])).toBeCloseTo(
      480_000,
      2
    );
  });
  test("capped by received_to_date", () => {
    // room 15,000,000 − 14,600,000 = 400,000 < 480,000
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 14_600_000])).toBeCloseTo(
      400_000,
      2
    );
  });
  test("room exhausted → 0 (received = cap, and above it)", () => {
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 15_000_000])).toBe(0);
    expect(award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 16_000_000])).toBe(0);
  });
  test("a large case is capped at 15,000,000", () => {
    // 300,000,000 × 0.02 = 6,000,000; 100,000,000 × 0.10 = 10,000,000; 16,000,000 × 1.5 = 24,000,000 → 15,000,000
    expect(award("HLJ_RD_SUBSIDY", [400_000_000, 300_000_000, 0.02, 0.1])).toBeCloseTo(
      15_000_000,
      2
    );
  });
});

describe("HLJ_RD_SUBSIDY — base_annual_cap (Revision 1): at most the base scheme's annual limit × 1.5", () => {
  test("binds", () => {
    // entitlement 480,000; base_annual_cap 300,000 × 1.5 = 450,000 < 480,000
    expect(
      award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 300_000])
    ).toBeCloseTo(450_000, 2);
  });
  test("does not bind", () => {
    // 400,000 × 1.5 = 600,000 ≥ 480,000
    expect(
      award("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 400_000])
    ).toBeCloseTo(480_000, 2);
  });
  test("omitted: no annual limit", () => {
    // 24,000,000 cut only by the 15,000,000 cumulative cap
    expect(
      award("HLJ_RD_SUBSIDY", [400_000_000, 300_000_000, 0.02, 0.1, 0, "SPLIT", ""])
    ).toBeCloseTo(15_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-02a 「首次绩效评价优秀的，给予一次性1000万元资助」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_KEYLAB_GRANT — only a first evaluation of 「优秀」 earns the one-time 10,000,000", () => {
  test.each(["EXCELLENT", "优秀", "excellent", "  Excellent  ", " 优秀 "])(
    "%p → 10,000,000",
    (grade) => {
      // fixed award 1000万元 = 10,000,000
      expect(award("HLJ_KEYLAB_GRANT", [grade])).toBeCloseTo(10_000_000, 2);
    }
  );
  test.each(["GOOD", "良好", "PASS", "合格", "FAIL", "不合格", "good"])(
    "%p → 0 (condition not met, not an error)",
    (grade) => {
      expect(award("HLJ_KEYLAB_GRANT", [grade])).toBe(0);
    }
  );
  test("an unknown grade names the accepted set", () => {
    expectValue(
      "HLJ_KEYLAB_GRANT",
      ["EXCELENT"],
      "first_evaluation_grade must be one of: EXCELLENT, GOOD, PASS, FAIL, 优秀, 良好, 合格, 不合格"
    );
  });
  test("a number is not a grade", () => {
    expect(thrown("HLJ_KEYLAB_GRANT", [1])).toMatchObject({ code: "#VALUE!" });
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-02b 「对新认定的…国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，给予一次性1000万元资助」
// ---------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-03 「给予500万元-1000万元科研攻关资金支持」 (Revision 1: below the band → #NUM!)
// ---------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-04 「按总投资额的30%最高给予1000万元资助」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_PILOT_PLATFORM_GRANT — 30%, 「最高1000万元」", () => {
  test("below the cap", () => {
    // 1,000,000 × 0.30 = 300,000
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [1_000_000])).toBeCloseTo(300_000, 2);
  });
  test("just under the cap point", () => {
    // 30% × 33,333,333.33 = 9,999,999.999 → 10,000,000.00 after rounding; not capped
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [33_333_333.33])).toBeCloseTo(10_000_000, 2);
  });
  test("capped", () => {
    // 30% × 33,333,333.34 = 10,000,000.002 → cap 10,000,000
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [33_333_333.34])).toBeCloseTo(10_000_000, 2);
    // 30% × 100,000,000 = 30,000,000 → cap 10,000,000
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [100_000_000])).toBeCloseTo(10_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-05 「按照项目核定总投资的20%安排资金，原则上单个项目支持金额不超过5000万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_INDUSTRIALIZATION_GRANT — 20%, 「原则上…不超过5000万元」", () => {
  test("below the cap", () => {
    // 249,999,999.95 × 0.20 = 49,999,999.99
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [249_999_999.95])).toBeCloseTo(49_999_999.99, 2);
  });
  test("at the cap", () => {
    // 250,000,000 × 0.20 = 50,000,000 = cap
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [250_000_000])).toBeCloseTo(50_000_000, 2);
  });
  test("capped", () => {
    // 250,000,000.05 × 0.20 = 50,000,000.01 → cap 50,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [250_000_000.05])).toBeCloseTo(50_000_000, 2);
  });
  test("blank cap takes the default 50,000,000", () => {
    // 400,000,000 × 0.20 = 80,000,000 → 50,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [400_000_000, ""])).toBeCloseTo(50_000_000, 2);
  });
  test("「原则上」: an approved exception raises the cap", () => {
    // 400,000,000 × 0.20 = 80,000,000 ≤ 90,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [400_000_000, 90_000_000])).toBeCloseTo(
      80_000_000,
      2
    );
  });
  test("…or lowers it", () => {
    // 100,000,000 × 0.20 = 20,000,000 → 10,000,000
    expect(award("HLJ_INDUSTRIALIZATION_GRANT", [100_000_000, 10_000_000])).toBeCloseTo(
      10_000_000,
      2
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-07b 「给予10%的一次性补助，最高分别不超过200万元和1000万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_DIGITAL_FACTORY_SUBSIDY — 10%, 「最高分别不超过200万元和1000万元」 in listing order", () => {
  test.each([
    "WORKSHOP",
    "LINE",
    "数字化车间",
    "生产线",
    "数字化车间（生产线）",
    " workshop ",
    "line",
  ])("%p is a workshop / production line: cap 2,000,000", (type) => {
    // 35,000,000 × 0.10 = 3,500,000 → 2,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [35_000_000, type])).toBeCloseTo(2_000_000, 2);
  });
  test.each(["FACTORY", "智能工厂", "factory"])("%p is a smart factory: cap 10,000,000", (type) => {
    // 35,000,000 × 0.10 = 3,500,000 < 10,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [35_000_000, type])).toBeCloseTo(3_500_000, 2);
  });
  test("workshop: below, at and above the 2,000,000 cap", () => {
    // 19,999,999.9 × 0.10 = 1,999,999.99
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [19_999_999.9, "WORKSHOP"])).toBeCloseTo(
      1_999_999.99,
      2
    );
    // 20,000,000 × 0.10 = 2,000,000 = cap
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [20_000_000, "WORKSHOP"])).toBeCloseTo(
      2_000_000,
      2
    );
    // 20,000,000.1 × 0.10 = 2,000,000.01 → cap 2,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [20_000_000.1, "WORKSHOP"])).toBeCloseTo(
      2_000_000,
      2
    );
  });
  test("factory: at and above the 10,000,000 cap", () => {
    // 100,000,000 × 0.10 = 10,000,000 = cap
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [100_000_000, "FACTORY"])).toBeCloseTo(
      10_000_000,
      2
    );
    // 100,000,000.1 × 0.10 = 10,000,000.01 → cap 10,000,000
    expect(award("HLJ_DIGITAL_FACTORY_SUBSIDY", [100_000_000.1, "FACTORY"])).toBeCloseTo(
      10_000_000,
      2
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-09 「年营收规模首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元」
// 「超过」 excludes the number: revenue must be > T.
// ---------------------------------------------------------------------------------------------------
describe("HLJ_REVENUE_MILESTONE_AWARD — 「首次超过」 each tier (strict)", () => {
  test.each([
    // [revenue, expected (HIGHEST, prior 0), arithmetic]
    [10_000_000, 0, "10,000,000 is not > 10,000,000"],
    [10_000_000.01, 500_000, "> 10,000,000: tier 1 → 500,000"],
    [50_000_000, 500_000, "50,000,000 is not > 50,000,000: only tier 1 → 500,000"],
    [50_000_000.01, 2_000_000, "> 50,000,000: tiers 1–2, highest 2,000,000"],
    [100_000_000, 2_000_000, "100,000,000 is not > 100,000,000: highest 2,000,000"],
    [100_000_000.01, 3_000_000, "> 100,000,000: highest 3,000,000"],
    [300_000_000, 3_000_000, "300,000,000 is not > 300,000,000: highest 3,000,000"],
    [300_000_000.01, 5_000_000, "> 300,000,000: highest 5,000,000"],
  ])("revenue %p, no earlier revenue → %p (%s)", (revenue, expected) => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [revenue])).toBeCloseTo(expected as number, 2);
  });
  test("「首次」: a prior year at exactly the threshold had not exceeded it", () => {
    // prior 50,000,000 is not > 50,000,000, so 50M is newly crossed by 60,000,000 → 2,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 50_000_000])).toBeCloseTo(
      2_000_000,
      2
    );
  });
  test("「首次」: a prior year just above the threshold had already crossed it", () => {
    // prior 50,000,000.01 > 50,000,000; 60,000,000 crosses no new tier → 0
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 50_000_000.01])).toBe(0);
  });
  test("revenue fell: nothing newly crossed", () => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [80_000_000, 120_000_000])).toBe(0);
  });
});

describe("HLJ_REVENUE_MILESTONE_AWARD — several tiers in one year: HIGHEST by default (Revision 1), SUM as an option", () => {
  test("default and blank mode pay the highest tier", () => {
    // 120,000,000 crosses 10M, 50M, 100M; highest = 3,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0])).toBeCloseTo(3_000_000, 2);
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0, ""])).toBeCloseTo(3_000_000, 2);
  });
  test.each(["HIGHEST", "highest", "就高", "最高档"])("mode %p → 3,000,000", (mode) => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0, mode])).toBeCloseTo(3_000_000, 2);
  });
  test.each(["SUM", " sum ", "累加", "逐档累加"])(
    "mode %p pays every tier newly crossed",
    (mode) => {
      // 500,000 + 2,000,000 + 3,000,000 = 5,500,000
      expect(award("HLJ_REVENUE_MILESTONE_AWARD", [120_000_000, 0, mode])).toBeCloseTo(
        5_500_000,
        2
      );
    }
  );
  test("SUM counts only tiers not crossed before", () => {
    // prior 20,000,000 already > 10M; 320,000,000 newly crosses 50M, 100M, 300M: 2,000,000 + 3,000,000 + 5,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 20_000_000, "SUM"])).toBeCloseTo(
      10_000_000,
      2
    );
  });
});

describe("HLJ_REVENUE_MILESTONE_AWARD — mode TOP_UP (就高补差, Revision 2)", () => {
  // Tiers: > 10M → 500,000; > 50M → 2,000,000; > 100M → 3,000,000; > 300M → 5,000,000.
  // TOP_UP = award of the highest tier revenue exceeds − award of the highest tier prior max exceeds, ≥ 0.
  test.each([
    // [revenue, prior, expected, arithmetic]
    [320_000_000, 60_000_000, 3_000_000, "300M tier 5,000,000 − 50M tier 2,000,000"],
    [60_000_000, 0, 2_000_000, "50M tier 2,000,000 − no tier 0"],
    [
      100_000_000,
      50_000_000,
      1_500_000,
      "100M is not > 100M: 2,000,000 − 500,000 (50M is not > 50M)",
    ],
    [320_000_000, 9_000_000, 5_000_000, "5,000,000 − 0 (9M passed no tier)"],
    [120_000_000, 60_000_000, 1_000_000, "100M tier 3,000,000 − 50M tier 2,000,000"],
    [80_000_000, 120_000_000, 0, "no tier newly crossed → 0"],
    [60_000_000, 55_000_000, 0, "both passed 50M only: nothing new → 0"],
  ])("revenue %p, prior %p → %p (%s)", (revenue, prior, expected) => {
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [revenue, prior, "TOP_UP"])).toBe(expected);
  });
  test.each(["TOP_UP", " top_up ", "就高补差", "补差"])("mode %p is TOP_UP", (mode) => {
    // 320,000,000 with prior 60,000,000: 5,000,000 − 2,000,000 = 3,000,000
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 60_000_000, mode])).toBe(3_000_000);
  });
  test("path-independent: 9M → 60M → 320M totals the top tier, as one jump does", () => {
    // year 1: 60M over 9M → 2,000,000 − 0; year 2: 320M over 60M → 5,000,000 − 2,000,000 = 3,000,000;
    // 2,000,000 + 3,000,000 = 5,000,000 = the single jump 9M → 320M (5,000,000 − 0)
    const twoSteps =
      award("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 9_000_000, "TOP_UP"]) +
      award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 60_000_000, "TOP_UP"]);
    expect(twoSteps).toBe(5_000_000);
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 9_000_000, "TOP_UP"])).toBe(
      5_000_000
    );
  });
  test("the default stays HIGHEST (Revision 1): 320M over 60M pays the 300M tier in full", () => {
    // newly crossed 100M, 300M; HIGHEST = 5,000,000 (TOP_UP would pay 3,000,000)
    expect(award("HLJ_REVENUE_MILESTONE_AWARD", [320_000_000, 60_000_000])).toBe(5_000_000);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-04 「根据绩效评价结果，按总投资额的30%最高给予1000万元资助」: a graded rate (Revision 2)
// ---------------------------------------------------------------------------------------------------
describe("HLJ_PILOT_PLATFORM_GRANT — rate graded by 「绩效评价结果」, at most 0.30 (Revision 2)", () => {
  test("a graded rate (Revision 2 worked example)", () => {
    // 20,000,000 × 0.20 = 4,000,000
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [20_000_000, 0.2])).toBe(4_000_000);
  });
  test("blank rate is the maximum 0.30", () => {
    // 20,000,000 × 0.30 = 6,000,000
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [20_000_000, ""])).toBe(6_000_000);
  });
  test("the cap still binds at a graded rate", () => {
    // 60,000,000 × 0.20 = 12,000,000 → cap 10,000,000
    expect(award("HLJ_PILOT_PLATFORM_GRANT", [60_000_000, 0.2])).toBe(10_000_000);
  });
  test("above 0.30 → #NUM! (Revision 2 worked example)", () => {
    expectNum(
      "HLJ_PILOT_PLATFORM_GRANT",
      [20_000_000, 0.31],
      "rate exceeds the policy maximum of 0.3"
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-10 「给予符合条件的应用场景投资补助支持」 (no rate, no cap stated)
// ---------------------------------------------------------------------------------------------------
describe("HLJ_SCENARIO_SUBSIDY — 「投资补助」 with the rate and the cap as user inputs", () => {
  test("no cap given: investment × rate, uncapped", () => {
    // 150,000,000 × 0.20 = 30,000,000
    expect(award("HLJ_SCENARIO_SUBSIDY", [150_000_000, 0.2])).toBeCloseTo(30_000_000, 2);
  });
  test("below, at and above a cap given", () => {
    // 100,000,000 × 0.20 = 20,000,000; cap 20,000,000.01 → below
    expect(award("HLJ_SCENARIO_SUBSIDY", [100_000_000, 0.2, 20_000_000.01])).toBeCloseTo(
      20_000_000,
      2
    );
    // cap 20,000,000 → at
    expect(award("HLJ_SCENARIO_SUBSIDY", [100_000_000, 0.2, 20_000_000])).toBeCloseTo(
      20_000_000,
      2
    );
    // cap 19,999,999.99 → capped
    expect(award("HLJ_SCENARIO_SUBSIDY", [100_000_000, 0.2, 19_999_999.99])).toBeCloseTo(
      19_999_999.99,
      2
    );
  });
  test("rate 1 (100%) is accepted: the text sets no maximum", () => {
    // 1,000,000 × 1 = 1,000,000
    expect(award("HLJ_SCENARIO_SUBSIDY", [1_000_000, 1])).toBeCloseTo(1_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-11 「按照实际发生费用的30%，给予最高30万元补助资金」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_LAUNCH_EVENT_SUBSIDY — 30%, 「最高30万元」", () => {
  test("below the cap", () => {
    // 100,000 × 0.30 = 30,000
    expect(award("HLJ_LAUNCH_EVENT_SUBSIDY", [100_000])).toBeCloseTo(30_000, 2);
    // 999,999.99 × 0.30 = 299,999.997 → 300,000.00 after rounding; not capped
    expect(award("HLJ_LAUNCH_EVENT_SUBSIDY", [999_999.99])).toBeCloseTo(300_000, 2);
  });
  test("at the cap", () => {
    // 1,000,000 × 0.30 = 300,000 = cap
    expect(award("HLJ_LAUNCH_EVENT_SUBSIDY", [1_000_000])).toBeCloseTo(300_000, 2);
  });
  test("capped", () => {
    // 1,000,000.1 × 0.30 = 300,000.03 → cap 300,000
    expect(award("HLJ_LAUNCH_EVENT_SUBSIDY", [1_000_000.1])).toBeCloseTo(300_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-12 「首台（套）产品价值50万元以上的，按单台（套）产品实际成交价的50%给予一次性奖励，
// 单台（套）奖励上限200万元；…每户企业每年奖励合计不超过500万元」
// ---------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13a 「给予最高200万元的资金支持」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_DATASET_GRANT — 「最高200万元」 (up to)", () => {
  test("omitted or blank request → the maximum", () => {
    expect(award("HLJ_DATASET_GRANT", [])).toBeCloseTo(2_000_000, 2);
    expect(award("HLJ_DATASET_GRANT", [""])).toBeCloseTo(2_000_000, 2);
  });
  test("below, at and above the cap", () => {
    expect(award("HLJ_DATASET_GRANT", [1_999_999.99])).toBeCloseTo(1_999_999.99, 2);
    expect(award("HLJ_DATASET_GRANT", [2_000_000])).toBeCloseTo(2_000_000, 2);
    // 2,000,000.01 → cap 2,000,000
    expect(award("HLJ_DATASET_GRANT", [2_000_000.01])).toBeCloseTo(2_000_000, 2);
  });
  test("0 → 0", () => expect(award("HLJ_DATASET_GRANT", [0])).toBe(0));
});

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13b 「按照年度数据交易金额的10%…单个采购主体年度补贴最高不超过100万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJ_DATA_VOUCHER — 10%, 「年度补贴最高不超过100万元」", () => {
  test("below the cap", () => {
    // 9,999,999.9 × 0.10 = 999,999.99
    expect(award("HLJ_DATA_VOUCHER", [9_999_999.9])).toBeCloseTo(999_999.99, 2);
  });
  test("at the cap", () => {
    // 10,000,000 × 0.10 = 1,000,000 = cap
    expect(award("HLJ_DATA_VOUCHER", [10_000_000])).toBeCloseTo(1_000_000, 2);
  });
  test("capped", () => {
    // 10,000,000.1 × 0.10 = 1,000,000.01 → 1,000,000
    expect(award("HLJ_DATA_VOUCHER", [10_000_000.1])).toBeCloseTo(1_000_000, 2);
  });
  test("cap reduced by received_to_date (incl. HLJ-AI-06c vouchers)", () => {
    // 6,000,000 × 0.10 = 600,000; room 1,000,000 − 400,000 = 600,000 (exactly)
    expect(award("HLJ_DATA_VOUCHER", [6_000_000, 400_000])).toBeCloseTo(600_000, 2);
    // room 1,000,000 − 450,000 = 550,000 < 600,000
    expect(award("HLJ_DATA_VOUCHER", [6_000_000, 450_000])).toBeCloseTo(550_000, 2);
  });
  test("room exhausted → 0", () => {
    expect(award("HLJ_DATA_VOUCHER", [6_000_000, 1_000_000])).toBe(0);
    expect(award("HLJ_DATA_VOUCHER", [6_000_000, 1_200_000])).toBe(0);
  });
});
