/**
 * SD-ROBOT (山东省机器人产业高质量发展行动计划（2025-2027年）（征求意见稿）), spec §4.3 / §5.4. A draft for
 * comment: the amounts are the draft's. Every expected amount is worked out by hand from the text; the
 * arithmetic is in the comment beside it.
 */
import { calculate, clauses } from "../../src";
import { itRejects } from "../support/expect-error";

const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

const sd = clauses.filter((c) => c.document === "SD-ROBOT");

describe("SD-ROBOT catalog (征求意见稿)", () => {
  it("has the 26 rows of spec §4.3 in order", () => {
    expect(sd.map((c) => c.id)).toEqual([
      "SD-ROBOT-01",
      "SD-ROBOT-02",
      "SD-ROBOT-03",
      "SD-ROBOT-04",
      "SD-ROBOT-05",
      "SD-ROBOT-06",
      "SD-ROBOT-07",
      "SD-ROBOT-08",
      "SD-ROBOT-09",
      "SD-ROBOT-10",
      "SD-ROBOT-11a",
      "SD-ROBOT-11b",
      "SD-ROBOT-11c",
      "SD-ROBOT-12a",
      "SD-ROBOT-12b",
      "SD-ROBOT-12c",
      "SD-ROBOT-13",
      "SD-ROBOT-14a",
      "SD-ROBOT-14b",
      "SD-ROBOT-15",
      "SD-ROBOT-16",
      "SD-ROBOT-17",
      "SD-ROBOT-18",
      "SD-ROBOT-19",
      "SD-ROBOT-20",
      "SD-ROBOT-21",
    ]);
  });

  it("has the 9 functions of spec §5.4", () => {
    expect(sd.filter((c) => c.fn).map((c) => c.fn!.name)).toEqual([
      "SD_PLATFORM_GRANT",
      "SD_STANDARD_AWARD",
      "SD_HUMANOID_ENTERPRISE_AWARD",
      "SD_ACCEL_PARK_AWARD",
      "SD_RD_SUBSIDY",
      "SD_COMPUTE_VOUCHER",
      "SD_MODEL_VOUCHER",
      "SD_CORPUS_VOUCHER",
      "SD_SCENARIO_AWARD",
    ]);
  });

  it.each(sd.filter((c) => c.fn).map((c) => [c.fn!.name, c.fn!] as const))(
    "%s says it is a draft (征求意见稿) in both languages",
    (_name, fn) => {
      expect(fn.description.en.startsWith("DRAFT (征求意见稿) – ")).toBe(true);
      expect(fn.description.zh.startsWith("征求意见稿 – ")).toBe(true);
    }
  );

  it("marks the 「最高X」 awards without a base as up-to awards", () => {
    expect(sd.filter((c) => c.fn?.upTo).map((c) => c.fn!.name)).toEqual([
      "SD_STANDARD_AWARD",
      "SD_HUMANOID_ENTERPRISE_AWARD",
      "SD_ACCEL_PARK_AWARD",
      "SD_MODEL_VOUCHER",
      "SD_CORPUS_VOUCHER",
      "SD_SCENARIO_AWARD",
    ]);
  });
});

describe("SD_PLATFORM_GRANT: 「国家没有配套资金要求的，省级按规定给予每个平台1000万元经费支持」", () => {
  const F = "SD_PLATFORM_GRANT";

  it("one platform by default", () => {
    expect(award(F)).toBeCloseTo(10_000_000, 2); // 10,000,000 × 1
  });
  it("「每个平台」: 10,000,000 per platform", () => {
    expect(award(F, 2)).toBeCloseTo(20_000_000, 2); // 10,000,000 × 2
    expect(award(F, 0)).toBeCloseTo(0, 2); // 10,000,000 × 0
  });
  it("a blank count counts as 1", () => {
    expect(award(F, "")).toBeCloseTo(10_000_000, 2); // 10,000,000 × 1
  });
  it("「国家没有配套资金要求的」: FALSE (or 0) pays, TRUE (or 1) does not", () => {
    expect(award(F, 1, false)).toBeCloseTo(10_000_000, 2); // no matching requirement → 10,000,000
    expect(award(F, 1, 0)).toBeCloseTo(10_000_000, 2); // 0 = FALSE → 10,000,000
    expect(award(F, 2, true)).toBeCloseTo(0, 2); // matching required → clause not applicable
    expect(award(F, 2, 1)).toBeCloseTo(0, 2); // 1 = TRUE → 0
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "count must be a number"],
    [[-1], "#VALUE!", "count must not be negative"],
    [[1.5], "#NUM!", "count must be a whole number ≥ 0"],
    [[1, "yes"], "#VALUE!", "national_matching_required must be TRUE or FALSE (or 1 / 0)"],
  ]);
});

describe("SD_STANDARD_AWARD: 「国际标准、国家标准和地方标准，分别每项给予最高40万元、20万元和10万元奖补」", () => {
  const F = "SD_STANDARD_AWARD";

  it("omitted request = each level's cap", () => {
    expect(award(F, "INTERNATIONAL")).toBeCloseTo(400_000, 2); // 1 × 400,000
    expect(award(F, "NATIONAL")).toBeCloseTo(200_000, 2); // 1 × 200,000
    expect(award(F, "LOCAL")).toBeCloseTo(100_000, 2); // 1 × 100,000
  });
  it("「每项」: the cap applies per standard", () => {
    expect(award(F, "LOCAL", 3)).toBeCloseTo(300_000, 2); // 3 × 100,000
    expect(award(F, "NATIONAL", 0)).toBeCloseTo(0, 2); // 0 × 200,000
  });
  it("national: below, at and above the 200,000 cap", () => {
    expect(award(F, "NATIONAL", 1, 199_999)).toBeCloseTo(199_999, 2); // 199,999 < 200,000
    expect(award(F, "NATIONAL", 1, 200_000)).toBeCloseTo(200_000, 2); // = cap
    expect(award(F, "NATIONAL", 1, 200_001)).toBeCloseTo(200_000, 2); // 200,001 → cap 200,000
  });
  it("international: two standards, each cut to 400,000", () => {
    expect(award(F, "INTERNATIONAL", 2, 450_000)).toBeCloseTo(800_000, 2); // 2 × min(450,000, 400,000) = 800,000
  });
  it("accepts Chinese codes, lower case and spaces", () => {
    expect(award(F, "国际")).toBeCloseTo(400_000, 2); // 国际 → 400,000
    expect(award(F, "国家标准")).toBeCloseTo(200_000, 2); // 国家标准 → 200,000
    expect(award(F, "地方")).toBeCloseTo(100_000, 2); // 地方 → 100,000
    expect(award(F, "national")).toBeCloseTo(200_000, 2); // national → NATIONAL
    expect(award(F, "  local  ")).toBeCloseTo(100_000, 2); // trimmed → LOCAL
  });
  it("industry (行业) and group (团体) standards are not in the clause → 0", () => {
    expect(award(F, "行业")).toBeCloseTo(0, 2); // not covered
    expect(award(F, "GROUP", 5, 100_000)).toBeCloseTo(0, 2); // not covered
  });

  itRejects(F, [
    [
      ["PROVINCIAL"],
      "#VALUE!",
      "level must be one of: INTERNATIONAL, NATIONAL, LOCAL, INDUSTRY, GROUP, 国际, 国际标准, 国家, 国家标准, 地方, 地方标准, 行业, 行业标准, 团体, 团体标准",
    ],
    [[""], "#VALUE!", "level is required"],
    [[undefined], "#VALUE!", "level is required"],
    [["LOCAL", "abc"], "#VALUE!", "count must be a number"],
    [["LOCAL", -1], "#VALUE!", "count must not be negative"],
    [["LOCAL", 1, "abc"], "#VALUE!", "requested_per_item must be a number"],
    [["LOCAL", 1, -1], "#VALUE!", "requested_per_item must not be negative"],
  ]);
});

describe("SD_HUMANOID_ENTERPRISE_AWARD: 「人形机器人整机和核心零部件企业按规定分别给予一次性最高800万元、300万元奖励」", () => {
  const F = "SD_HUMANOID_ENTERPRISE_AWARD";

  it("omitted request = the type's cap", () => {
    expect(award(F, "WHOLE_MACHINE")).toBeCloseTo(8_000_000, 2); // cap 8,000,000
    expect(award(F, "CORE_COMPONENT")).toBeCloseTo(3_000_000, 2); // cap 3,000,000
  });
  it("core component: below, at and above the 3,000,000 cap", () => {
    expect(award(F, "CORE_COMPONENT", 2_999_999)).toBeCloseTo(2_999_999, 2); // below cap
    expect(award(F, "CORE_COMPONENT", 3_000_000)).toBeCloseTo(3_000_000, 2); // = cap
    expect(award(F, "CORE_COMPONENT", 3_000_001)).toBeCloseTo(3_000_000, 2); // → cap 3,000,000
  });
  it("whole machine: 9,000,000 requested is cut to 8,000,000", () => {
    expect(award(F, "WHOLE_MACHINE", 9_000_000)).toBeCloseTo(8_000_000, 2); // → cap 8,000,000
  });
  it("accepts 整机 / 核心零部件, lower case and spaces", () => {
    expect(award(F, "整机")).toBeCloseTo(8_000_000, 2); // 整机 → 8,000,000
    expect(award(F, "核心零部件企业", 1_000_000)).toBeCloseTo(1_000_000, 2); // below 3,000,000
    expect(award(F, " whole_machine ")).toBeCloseTo(8_000_000, 2); // → WHOLE_MACHINE
  });

  itRejects(F, [
    [
      ["SOFTWARE"],
      "#VALUE!",
      "enterprise_type must be one of: WHOLE_MACHINE, CORE_COMPONENT, 整机, 整机企业, 核心零部件, 核心零部件企业",
    ],
    [[""], "#VALUE!", "enterprise_type is required"],
    [[undefined], "#VALUE!", "enterprise_type is required"],
    [["整机", "abc"], "#VALUE!", "requested must be a number"],
    [["整机", -1], "#VALUE!", "requested must not be negative"],
  ]);
});

describe("SD_ACCEL_PARK_AWARD: 「对认定的加速园按规定给予最高600万元奖补支持」", () => {
  const F = "SD_ACCEL_PARK_AWARD";

  it("omitted or blank request = the 6,000,000 maximum", () => {
    expect(award(F)).toBeCloseTo(6_000_000, 2); // default = cap
    expect(award(F, "")).toBeCloseTo(6_000_000, 2); // blank = omitted
  });
  it("below, at and above the cap", () => {
    expect(award(F, 5_999_999.99)).toBeCloseTo(5_999_999.99, 2); // below cap
    expect(award(F, 6_000_000)).toBeCloseTo(6_000_000, 2); // = cap
    expect(award(F, 6_000_000.01)).toBeCloseTo(6_000_000, 2); // → cap
  });
  it("a zero request is 0", () => {
    expect(award(F, 0)).toBeCloseTo(0, 2); // min(0, 6,000,000)
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "requested must be a number"],
    [[-1], "#VALUE!", "requested must not be negative"],
  ]);
});

describe("SD_RD_SUBSIDY: 「按相关规定给予分档分类后补助，单个企业年度最高补助500万元」", () => {
  const F = "SD_RD_SUBSIDY";

  it("R&D × the user's tier rate, below the cap", () => {
    expect(award(F, 10_000_000, 0.1)).toBeCloseTo(1_000_000, 2); // 10,000,000 × 10% = 1,000,000
  });
  it("reaches the 5,000,000 annual cap exactly", () => {
    expect(award(F, 50_000_000, 0.1)).toBeCloseTo(5_000_000, 2); // 50,000,000 × 10% = 5,000,000 = cap
  });
  it("「年度最高补助500万元」 caps a larger amount", () => {
    expect(award(F, 60_000_000, 0.1)).toBeCloseTo(5_000_000, 2); // 6,000,000 → cap 5,000,000
  });
  it("the year's room is reduced by subsidy already received", () => {
    expect(award(F, 10_000_000, 0.1, 4_500_000)).toBeCloseTo(500_000, 2); // min(1,000,000, 5,000,000 − 4,500,000) = 500,000
  });
  it("nothing left once 5,000,000 has been received this year", () => {
    expect(award(F, 10_000_000, 0.1, 5_000_000)).toBeCloseTo(0, 2); // room 0
    expect(award(F, 10_000_000, 0.1, 6_000_000)).toBeCloseTo(0, 2); // room max(0, −1,000,000) = 0
  });
  it("the rate is not stated, so no maximum below 1 applies", () => {
    expect(award(F, 1_000_000, 1)).toBeCloseTo(1_000_000, 2); // 1,000,000 × 1
  });

  itRejects(F, [
    [["abc", 0.1], "#VALUE!", "rd_investment must be a number"],
    [[-1, 0.1], "#VALUE!", "rd_investment must not be negative"],
    [["", 0.1], "#VALUE!", "rd_investment is required"],
    [[undefined, 0.1], "#VALUE!", "rd_investment is required"],
    [[10_000_000, ""], "#VALUE!", "rate is required"],
    [[10_000_000, undefined], "#VALUE!", "rate is required"],
    [[10_000_000, "abc"], "#VALUE!", "rate must be a number"],
    [[10_000_000, 1.2], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
    [[10_000_000, 0.1, -1], "#VALUE!", "received_to_date must not be negative"],
  ]);
});

describe("SD_COMPUTE_VOUCHER: 「对符合条件的算力交易合同进行奖补，单个企业累计奖补总额最高500万元」", () => {
  const F = "SD_COMPUTE_VOUCHER";

  it("contract × the user's voucher rate, below the cap", () => {
    expect(award(F, 2_000_000, 0.2)).toBeCloseTo(400_000, 2); // 2,000,000 × 20% = 400,000
  });
  it("reaches the 5,000,000 cumulative cap exactly", () => {
    expect(award(F, 25_000_000, 0.2)).toBeCloseTo(5_000_000, 2); // 25,000,000 × 20% = 5,000,000 = cap
  });
  it("「累计奖补总额最高500万元」 caps a larger amount", () => {
    expect(award(F, 30_000_000, 0.2)).toBeCloseTo(5_000_000, 2); // 6,000,000 → cap 5,000,000
  });
  it("the cumulative room is reduced by vouchers already received", () => {
    expect(award(F, 10_000_000, 0.2, 3_500_000)).toBeCloseTo(1_500_000, 2); // min(2,000,000, 5,000,000 − 3,500,000) = 1,500,000
  });
  it("nothing left once 5,000,000 has been received over the policy period", () => {
    expect(award(F, 10_000_000, 0.2, 5_000_000)).toBeCloseTo(0, 2); // room 0
  });

  itRejects(F, [
    [["abc", 0.2], "#VALUE!", "contract_amount must be a number"],
    [[-1, 0.2], "#VALUE!", "contract_amount must not be negative"],
    [["", 0.2], "#VALUE!", "contract_amount is required"],
    [[undefined, 0.2], "#VALUE!", "contract_amount is required"],
    [[1_000_000, ""], "#VALUE!", "rate is required"],
    [[1_000_000, -0.1], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
    [[1_000_000, 0.2, "abc"], "#VALUE!", "received_to_date must be a number"],
  ]);
});

describe("SD_MODEL_VOUCHER: 「单个产品给予最高100万元的定额补贴」", () => {
  const F = "SD_MODEL_VOUCHER";

  it("omitted request = 1,000,000", () => {
    expect(award(F)).toBeCloseTo(1_000_000, 2); // default = cap
  });
  it("below, at and above the cap", () => {
    expect(award(F, 999_999.99)).toBeCloseTo(999_999.99, 2); // below cap
    expect(award(F, 1_000_000)).toBeCloseTo(1_000_000, 2); // = cap
    expect(award(F, 1_000_000.01)).toBeCloseTo(1_000_000, 2); // → cap
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "requested must be a number"],
    [[-1], "#VALUE!", "requested must not be negative"],
  ]);
});

describe("SD_CORPUS_VOUCHER: 「单个语料库给予最高150万元补贴」", () => {
  const F = "SD_CORPUS_VOUCHER";

  it("omitted request = 1,500,000", () => {
    expect(award(F)).toBeCloseTo(1_500_000, 2); // default = cap
  });
  it("below, at and above the cap", () => {
    expect(award(F, 1_499_999)).toBeCloseTo(1_499_999, 2); // below cap
    expect(award(F, 1_500_000)).toBeCloseTo(1_500_000, 2); // = cap
    expect(award(F, 1_500_001)).toBeCloseTo(1_500_000, 2); // → cap
  });

  itRejects(F, [
    [["abc"], "#VALUE!", "requested must be a number"],
    [[-1], "#VALUE!", "requested must not be negative"],
  ]);
});

describe("SD_SCENARIO_AWARD: 「纳入“工赋百景”数字化转型揭榜挂帅试点等项目推广范围，按程序分别给予最高100万元、200万元、200万元奖补」", () => {
  const F = "SD_SCENARIO_AWARD";

  it("omitted request = the program's cap, in the text's order", () => {
    expect(award(F, "GFBJ")).toBeCloseTo(1_000_000, 2); // 工赋百景: 1,000,000
    expect(award(F, "DIGITAL")).toBeCloseTo(2_000_000, 2); // 数字化转型: 2,000,000
    expect(award(F, "JBGS")).toBeCloseTo(2_000_000, 2); // 揭榜挂帅试点: 2,000,000
  });
  it("工赋百景: below, at and above 1,000,000", () => {
    expect(award(F, "GFBJ", 999_999)).toBeCloseTo(999_999, 2); // below cap
    expect(award(F, "GFBJ", 1_000_000)).toBeCloseTo(1_000_000, 2); // = cap
    expect(award(F, "GFBJ", 1_000_001)).toBeCloseTo(1_000_000, 2); // → cap
  });
  it("accepts the Chinese program names, lower case and spaces", () => {
    expect(award(F, "工赋百景", 1_600_000)).toBeCloseTo(1_000_000, 2); // → cap 1,000,000
    expect(award(F, "数字化转型", 2_500_000)).toBeCloseTo(2_000_000, 2); // → cap 2,000,000
    expect(award(F, "揭榜挂帅试点", 800_000)).toBeCloseTo(800_000, 2); // below 2,000,000
    expect(award(F, " jbgs ", 2_100_000)).toBeCloseTo(2_000_000, 2); // → cap 2,000,000
  });

  itRejects(F, [
    [
      ["OTHER"],
      "#VALUE!",
      "program must be one of: GFBJ, DIGITAL, JBGS, 工赋百景, 数字化转型, 揭榜挂帅, 揭榜挂帅试点",
    ],
    [[""], "#VALUE!", "program is required"],
    [[undefined], "#VALUE!", "program is required"],
    [["GFBJ", "abc"], "#VALUE!", "requested must be a number"],
    [["GFBJ", -1], "#VALUE!", "requested must not be negative"],
  ]);
});
