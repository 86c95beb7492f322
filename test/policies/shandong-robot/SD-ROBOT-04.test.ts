/** SD-ROBOT-04 (SD_STANDARD_AWARD, draft): expected amounts by hand from 「分别每项给予最高40万元、20万元和10万元」 (40万元 = 400,000 …). */
import { itRejects } from "../../support/expect-error";
import { award } from "./support";

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
