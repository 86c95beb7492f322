/**
 * SUBSIDY.IN_FORCE — spec §3.6 (Revision 1). Every window edge: the day before, the first day, the last
 * day and the day after, as Excel date serials and as ISO text. Both ends are inclusive.
 */
import { calculate } from "../../src";
import { error } from "../support/expect-error";

/** Excel serial of an ISO date, counted from a known anchor (45658 = 2025-01-01 in Excel's 1900 system). */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return 45658 + Math.round((Date.UTC(y, m - 1, d) - Date.UTC(2025, 0, 1)) / 86_400_000);
}

const inForce = (policy: unknown, date: unknown) => calculate("IN_FORCE", [policy, date]);

describe("IN_FORCE windows (spec §3.6), serial and ISO text", () => {
  const edges: [string, string, boolean | string][] = [
    // HLJ-ROBOT: 「本政策自印发之日起实施」 2026-04-17 … 「有效期至2028年12月31日」
    ["HLJ-ROBOT", "2026-04-16", false],
    ["HLJ-ROBOT", "2026-04-17", true],
    ["HLJ-ROBOT", "2028-12-31", true],
    ["HLJ-ROBOT", "2029-01-01", false],
    // HZ-HUMANOID: 「自2025年1月22日起施行」 (not the 2024-12-20 signing date) … 2027-12-31
    ["HZ-HUMANOID", "2024-12-20", false],
    ["HZ-HUMANOID", "2025-01-21", false],
    ["HZ-HUMANOID", "2025-01-22", true],
    ["HZ-HUMANOID", "2027-12-31", true],
    ["HZ-HUMANOID", "2028-01-01", false],
    // BJ-ROBOT: 2023-08-16 (inferred) … 2025-12-31, unknown after
    ["BJ-ROBOT", "2023-08-15", false],
    ["BJ-ROBOT", "2023-08-16", true],
    ["BJ-ROBOT", "2025-12-31", true],
    ["BJ-ROBOT", "2026-01-01", "BJ-ROBOT states no term; confirm the measures still apply"],
    ["BJ-ROBOT", "2030-06-30", "BJ-ROBOT states no term; confirm the measures still apply"],
    // HLJ-AI: no issue date → unknown everywhere
    ["HLJ-AI", "2025-08-01", "HLJ-AI gives no issue date, so its window is unknown"],
    ["HLJ-AI", "2027-01-01", "HLJ-AI gives no issue date, so its window is unknown"],
    // SD-ROBOT: a draft for comment is never in force
    ["SD-ROBOT", "2025-06-30", "SD-ROBOT is a draft for comment (征求意见稿), not in force"],
    ["SD-ROBOT", "2027-12-31", "SD-ROBOT is a draft for comment (征求意见稿), not in force"],
  ];
  it.each(edges)("%s on %s → %p", (doc, iso, expected) => {
    for (const date of [iso, serial(iso)]) {
      if (typeof expected === "boolean") expect(inForce(doc, date)).toBe(expected);
      else
        expect(error(() => inForce(doc, date))).toMatchObject({ code: "#N/A", message: expected });
    }
  });

  it("the anchor: serial 46023 is 2026-01-01, 45154 is 2023-08-16 (Excel)", () => {
    expect(serial("2026-01-01")).toBe(46023);
    expect(serial("2023-08-16")).toBe(45154);
    expect(inForce("BJ-ROBOT", 45154)).toBe(true);
    expect(error(() => inForce("BJ-ROBOT", 46023)).code).toBe("#N/A");
  });

  it("a time of day does not matter: 2028-12-31 23:59 is still in force", () => {
    expect(inForce("HLJ-ROBOT", serial("2028-12-31") + 0.999)).toBe(true);
  });
});

describe("IN_FORCE policy: a document id, a clause id or a function name (case-insensitive, trimmed)", () => {
  it("a clause id takes its document's window", () => {
    expect(inForce("HZ-HUMANOID-06", "2025-01-22")).toBe(true);
    expect(inForce("hlj-robot-02A", "2026-04-16")).toBe(false);
  });
  it("a function name, with or without SUBSIDY., takes its clause's document", () => {
    expect(inForce("HZ_SCENARIO_AWARD", "2028-01-01")).toBe(false);
    expect(inForce("subsidy.hlj_rd_subsidy", "2026-04-17")).toBe(true);
    expect(error(() => inForce("  HLJAI_RD_SUBSIDY ", "2026-06-01")).code).toBe("#N/A");
  });
  it("a document id in lower case with spaces", () => {
    expect(inForce("  hz-humanoid ", "2027-12-31")).toBe(true);
  });
  it("a 1×1 range is its cell", () => {
    expect(inForce([["HLJ-ROBOT"]], [[serial("2027-06-30")]])).toBe(true);
  });
  it("a qualitative clause id works too (its document's window)", () => {
    expect(inForce("HLJ-ROBOT-06", "2027-01-01")).toBe(true);
  });
});

describe("IN_FORCE errors", () => {
  it("an unknown policy is #VALUE! naming policy", () => {
    const e = error(() => inForce("HLJ-ROBOTS", "2026-05-01"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(
      /^policy must be a document id \(HLJ-ROBOT, HZ-HUMANOID, SD-ROBOT, HLJ-AI, BJ-ROBOT\)/
    );
    expect(error(() => inForce(42, "2026-05-01")).message).toMatch(/^policy must be/);
  });
  it("a blank policy is #VALUE! 'policy is required'", () => {
    expect(error(() => inForce("", "2026-05-01"))).toMatchObject({
      code: "#VALUE!",
      message: "policy is required",
    });
    expect(error(() => inForce(null, "2026-05-01"))).toMatchObject({
      code: "#VALUE!",
      message: "policy is required",
    });
  });
  it.each([
    ["2026-13-01"],
    ["2026-02-30"],
    ["31/12/2026"],
    ["tomorrow"],
    [true],
    [-1],
    [0],
    [60],
    [3_000_000],
  ])("a bad date (%p) is #VALUE! naming date", (d) => {
    expect(error(() => inForce("HLJ-ROBOT", d))).toMatchObject({
      code: "#VALUE!",
      message: "date must be a date: an Excel date serial or YYYY-MM-DD text",
    });
  });
  it("a blank date is #VALUE! 'date is required'", () => {
    expect(error(() => inForce("HLJ-ROBOT", ""))).toMatchObject({
      code: "#VALUE!",
      message: "date is required",
    });
    expect(error(() => inForce("HLJ-ROBOT", undefined))).toMatchObject({
      code: "#VALUE!",
      message: "date is required",
    });
  });
  it("the policy is checked before the date, and the date before the window (a draft with a bad date is #VALUE!)", () => {
    expect(error(() => inForce("NOPE", "bad")).message).toMatch(/^policy/);
    expect(error(() => inForce("SD-ROBOT", "bad")).code).toBe("#VALUE!");
  });
});
