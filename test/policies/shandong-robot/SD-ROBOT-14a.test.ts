/** SD-ROBOT-14a (SD_SCENARIO_AWARD, draft): expected amounts by hand from 「分别给予最高100万元、200万元、200万元」 (100万元 = 1,000,000). */
import { itRejects } from "../../support/expect-error";
import { award } from "./support";

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
