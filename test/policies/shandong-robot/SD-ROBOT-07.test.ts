/** SD-ROBOT-07 (SD_HUMANOID_ENTERPRISE_AWARD, draft): expected amounts by hand from 「最高800万元、300万元」 (800万元 = 8,000,000). */
import { itRejects } from "../../support/expect-error";
import { award } from "./support";

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
