/** SD-ROBOT-02 (SD_PLATFORM_GRANT, draft): expected amounts by hand from 「每个平台1000万元」 (1000万元 = 10,000,000). */
import { itRejects } from "../../support/expect-error";
import { award } from "./support";

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
