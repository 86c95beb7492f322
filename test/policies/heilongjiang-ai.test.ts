/**
 * HLJ-AI (黑龙江省支持人工智能创新发展若干政策措施), spec §4.4 / §5.2.
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 * (The spec's worked examples run elsewhere, from the catalog records.)
 * Thresholds: 「以上」「（含）以上」 include the number (≥), 「超过」 excludes it (>) — 民法典 art. 1259.
 */
import { calculate } from "../../src";
import { type Contract, describeContracts, describeRows } from "../support/contracts";
import { expectNum, thrown } from "../support/expect-error";
import {
  dataVoucherContract,
  datasetContract,
  launchEventContract,
  pilotPlatformContract,
  rdPostSubsidyContract,
} from "./heilongjiang-twins";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

const contracts: Contract[] = [
  rdPostSubsidyContract("HLJAI_RD_SUBSIDY", [
    12_000_000,
    9_000_000,
    0.03,
    0.15,
    0,
    "SPLIT",
    6_000_000,
  ]),
  pilotPlatformContract("HLJAI_PILOT_PLATFORM_GRANT", [15_000_000, 0.3], 0.3),
  {
    name: "HLJAI_COMPUTE_AWARD",
    params: ["annual_compute_spend", "received_to_date"],
    valid: [1_000_000, 0],
    required: ["annual_compute_spend"],
    amounts: ["annual_compute_spend", "received_to_date"],
  },
  datasetContract("HLJAI_DATASET_SUBSIDY", [800_000]),
  {
    name: "HLJAI_NATIONAL_DATASET_SUBSIDY",
    params: ["approved_total_investment"],
    valid: [30_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment"],
  },
  dataVoucherContract("HLJAI_DATA_VOUCHER", [4_000_000, 0]),
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
  launchEventContract("HLJAI_LAUNCH_EVENT_SUBSIDY", [200_000]),
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
// HLJ-AI-05 「算力资源超过30万元的，按实际支出额给予30%创新消费奖励，每个单位每年奖励最高不超过400万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_COMPUTE_AWARD — 「超过30万元」 excludes 300,000", () => {
  test("at 300,000 → 0", () => expect(award("HLJAI_COMPUTE_AWARD", [300_000])).toBe(0));
  test("just below, 299,999.99 → 0", () =>
    expect(award("HLJAI_COMPUTE_AWARD", [299_999.99])).toBe(0));
  test("just above, 300,000.01", () => {
    // 300,000.01 × 0.30 = 90,000.003 → 90,000.00
    expect(award("HLJAI_COMPUTE_AWARD", [300_000.01])).toBeCloseTo(90_000, 2);
  });
  test("the 30% applies to the whole spend, not the excess", () => {
    // 400,000 × 0.30 = 120,000 (not (400,000 − 300,000) × 0.30 = 30,000)
    expect(award("HLJAI_COMPUTE_AWARD", [400_000])).toBeCloseTo(120_000, 2);
  });
});

describe("HLJAI_COMPUTE_AWARD — 「每个单位每年奖励最高不超过400万元」", () => {
  test("below the cap", () => {
    // 13,333,333.33 × 0.30 = 3,999,999.999 → 4,000,000.00 after rounding; not capped
    expect(award("HLJAI_COMPUTE_AWARD", [13_333_333.33])).toBeCloseTo(4_000_000, 2);
  });
  test("capped", () => {
    // 13,333,333.34 × 0.30 = 4,000,000.002 → 4,000,000
    expect(award("HLJAI_COMPUTE_AWARD", [13_333_333.34])).toBeCloseTo(4_000_000, 2);
  });
  test("cap reduced by received_to_date", () => {
    // 1,000,000 × 0.30 = 300,000; room 4,000,000 − 3,700,000 = 300,000 (exactly)
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 3_700_000])).toBeCloseTo(300_000, 2);
    // room 4,000,000 − 3,800,000 = 200,000 < 300,000
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 3_800_000])).toBeCloseTo(200_000, 2);
  });
  test("room exhausted → 0", () => {
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 4_000_000])).toBe(0);
    expect(award("HLJAI_COMPUTE_AWARD", [1_000_000, 5_000_000])).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-06b 「按照核定总投资的10%给予补助，单个项目支持金额最高不超过1000万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_NATIONAL_DATASET_SUBSIDY — 10%, 「最高不超过1000万元」", () => {
  test("below the cap", () => {
    // 99,999,999.9 × 0.10 = 9,999,999.99
    expect(award("HLJAI_NATIONAL_DATASET_SUBSIDY", [99_999_999.9])).toBeCloseTo(9_999_999.99, 2);
  });
  test("at the cap", () => {
    // 100,000,000 × 0.10 = 10,000,000
    expect(award("HLJAI_NATIONAL_DATASET_SUBSIDY", [100_000_000])).toBeCloseTo(10_000_000, 2);
  });
  test("capped", () => {
    // 100,000,000.1 × 0.10 = 10,000,000.01 → 10,000,000
    expect(award("HLJAI_NATIONAL_DATASET_SUBSIDY", [100_000_000.1])).toBeCloseTo(10_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-07 「经评审按照一定比例给予“模型券”补贴，单个采购主体年度补贴最高不超过100万元，
// 对于在关键领域应用规模较大的项目，可按照一定比例上浮」 (Revision 1: the uplift raises the cap only)
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_MODEL_VOUCHER — 「年度补贴最高不超过100万元」", () => {
  test("below the cap", () => {
    // 3,333,333.3 × 0.30 = 999,999.99
    expect(award("HLJAI_MODEL_VOUCHER", [3_333_333.3, 0.3])).toBeCloseTo(999_999.99, 2);
  });
  test("at the cap", () => {
    // 2,000,000 × 0.50 = 1,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.5])).toBeCloseTo(1_000_000, 2);
  });
  test("capped", () => {
    // 2,000,000.02 × 0.50 = 1,000,000.01 → 1,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000.02, 0.5])).toBeCloseTo(1_000_000, 2);
  });
  test("cap reduced by received_to_date; exhausted → 0", () => {
    // 600,000 vs room 1,000,000 − 600,000 = 400,000
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.3, 600_000])).toBeCloseTo(400_000, 2);
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.3, 1_000_000])).toBe(0);
  });
});

describe("HLJAI_MODEL_VOUCHER — 「可按照一定比例上浮」 raises the annual cap only", () => {
  test("the uplift does not raise an amount under the cap", () => {
    // 2,000,000 × 0.30 = 600,000; cap 1,000,000 × 1.5 = 1,500,000; result 600,000 (not 900,000)
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.3, 0, 0.5])).toBeCloseTo(600_000, 2);
  });
  test("the uplifted cap binds", () => {
    // 10,000,000 × 0.30 = 3,000,000; cap 1,000,000 × (1 + 1) = 2,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [10_000_000, 0.3, 0, 1])).toBeCloseTo(2_000_000, 2);
  });
  test("the uplifted cap is exhausted → 0", () => {
    // cap 1,000,000 × 1.2 = 1,200,000; received 1,200,000 → room 0
    expect(award("HLJAI_MODEL_VOUCHER", [5_000_000, 0.3, 1_200_000, 0.2])).toBe(0);
  });
  test("blank uplift = 0", () => {
    // 5,000,000 × 0.30 = 1,500,000 → 1,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [5_000_000, 0.3, 0, ""])).toBeCloseTo(1_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-08 「按项目核定总投资的20%给予支持，单个场景支持金额最高不超过2000万元」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_SCENARIO_GRANT — 20%, 「最高不超过2000万元」", () => {
  test("below the cap", () => {
    // 99,999,999.95 × 0.20 = 19,999,999.99
    expect(award("HLJAI_SCENARIO_GRANT", [99_999_999.95])).toBeCloseTo(19_999_999.99, 2);
  });
  test("at the cap", () => {
    // 100,000,000 × 0.20 = 20,000,000
    expect(award("HLJAI_SCENARIO_GRANT", [100_000_000])).toBeCloseTo(20_000_000, 2);
  });
  test("capped", () => {
    // 100,000,000.05 × 0.20 = 20,000,000.01 → 20,000,000
    expect(award("HLJAI_SCENARIO_GRANT", [100_000_000.05])).toBeCloseTo(20_000_000, 2);
  });
});

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-12 「国家级单项冠军企业给予单户一次性最高200万元补助，国家级专精特新“小巨人”企业给予单户一次性最高100万元补助」
// ---------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------
// HLJ-AI-13b 「按最高不超过国家支持额度的20%给予配套补助，单个项目支持金额不超过1亿元」
// ---------------------------------------------------------------------------------------------------
describe("HLJAI_PILOT_BASE_SUBSIDY — 「最高不超过…20%」, 「不超过1亿元」", () => {
  test("default rate 20%, below the cap", () => {
    // 499,999,999.95 × 0.20 = 99,999,999.99
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [499_999_999.95])).toBeCloseTo(99_999_999.99, 2);
  });
  test("at the cap", () => {
    // 500,000,000 × 0.20 = 100,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [500_000_000])).toBeCloseTo(100_000_000, 2);
  });
  test("capped", () => {
    // 500,000,000.05 × 0.20 = 100,000,000.01 → 100,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [500_000_000.05])).toBeCloseTo(100_000_000, 2);
  });
  test("a lower rate", () => {
    // 1,000,000,000 × 0.10 = 100,000,000 (at the cap)
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [1_000_000_000, 0.1])).toBeCloseTo(100_000_000, 2);
    // 300,000,000 × 0.05 = 15,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [300_000_000, 0.05])).toBeCloseTo(15_000_000, 2);
  });
  test("rate exactly 0.20 is allowed; 0.25 → #NUM!; blank → 0.20", () => {
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [200_000_000, 0.2])).toBeCloseTo(40_000_000, 2);
    expectNum(
      "HLJAI_PILOT_BASE_SUBSIDY",
      [200_000_000, 0.25],
      "rate exceeds the policy maximum of 0.2"
    );
    // 200,000,000 × 0.20 = 40,000,000
    expect(award("HLJAI_PILOT_BASE_SUBSIDY", [200_000_000, ""])).toBeCloseTo(40_000_000, 2);
  });
});
