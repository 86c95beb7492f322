/**
 * "Update scenario"'s pure parts (src/workbook/update.ts): typed inputs carried to a regenerated layout by
 * key, by label only where the key is gone, dropped where they have no place; the filled plan; the award
 * diff's old / new / change, to the fen. Every expected value is worked by hand below.
 */
import {
  type ScenarioInput,
  awardDiff,
  carryInputs,
  changed,
  filledPlan,
  generateScenario,
  scenarioDocument,
} from "../../src/workbook";
import type { ScenarioProfile } from "../../src/workbook/scenario/profile";
import type { ScenarioLayout } from "../../src/workbook/scenario/layout";

const profile = (clauses: string[], lastYear = 2028): ScenarioProfile => ({
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG",
  sectors: ["ROBOTS", "AI"],
  firstYear: 2026,
  lastYear,
  locale: "en",
  clauses,
});

const typed: ScenarioInput[] = [
  { clauseId: "HLJ-ROBOT-04", param: "total_investment", year: 2026, value: 20_000_000 },
  { clauseId: "HLJ-ROBOT-04", param: "total_investment", year: 2028, value: 10_000_000 },
  { clauseId: "HLJ-ROBOT-04", param: "rate", year: 2026, value: 0.25 },
];
const oldProfile = profile(["HLJ-ROBOT-04"]);
const oldDoc = scenarioDocument(oldProfile, { inputs: typed });
const layoutOf = (p: ScenarioProfile) => generateScenario(p, { formulas: "addin" }).layout;

describe("carryInputs", () => {
  it("a profile change adds a clause: every typed input of the other stays, matched by key", () => {
    const next = profile(["HLJ-ROBOT-04", "HLJ-ROBOT-11"]);
    const carried = carryInputs(oldDoc, layoutOf(oldProfile), layoutOf(next));
    expect(carried.inputs).toEqual(typed);
    expect(carried.carried.map((c) => c.by)).toEqual(["key", "key", "key"]);
    expect(carried.dropped).toEqual([]);

    // On the new sheet (HLJ-ROBOT-11's rows added), 20,000,000 sits in HLJ-ROBOT-04's investment row, 2026.
    const doc = scenarioDocument(next, { inputs: carried.inputs });
    const sheet = filledPlan(doc, "Scenario (2)", "addin");
    const row = sheet.layout.inputs.find(
      (l) => l.clauseId === "HLJ-ROBOT-04" && l.param === "total_investment"
    )!.row;
    const at = (r: number, c: number) =>
      sheet.plan.cells.filter((x) => x.row === r && x.col === c).pop()?.value;
    expect(at(row, sheet.layout.firstYearCol)).toBe(20_000_000);
    expect(at(row, sheet.layout.firstYearCol + 2)).toBe(10_000_000);
    expect(sheet.plan.sheetName).toBe("Scenario (2)");
  });

  it("a clause renamed by a catalog update (same function and parameter): matched by its row's label", () => {
    const old = layoutOf(oldProfile);
    // The new catalog calls HLJ-ROBOT-04 "HLJ-ROBOT-04x"; its rows keep their labels ("fn · param").
    const renamed: ScenarioLayout = {
      ...old,
      inputs: old.inputs.map((l) => ({ ...l, clauseId: "HLJ-ROBOT-04x" })),
    };
    const carried = carryInputs(oldDoc, old, renamed);
    expect(carried.carried.map((c) => c.by)).toEqual(["label", "label", "label"]);
    expect(carried.inputs).toEqual(typed.map((i) => ({ ...i, clauseId: "HLJ-ROBOT-04x" })));
  });

  it("an input with no place on the new sheet is dropped and said why, not guessed", () => {
    // 2026–2027 now: the 2028 investment has no column; HLJ-ROBOT-04 unticked: nothing of it stays.
    const shorter = carryInputs(
      oldDoc,
      layoutOf(oldProfile),
      layoutOf(profile(["HLJ-ROBOT-04"], 2027))
    );
    expect(shorter.dropped).toEqual([{ input: typed[1], reason: "year" }]);
    expect(shorter.inputs).toEqual([typed[0], typed[2]]);
    const gone = carryInputs(oldDoc, layoutOf(oldProfile), layoutOf(profile(["HLJ-ROBOT-11"])));
    expect(gone.inputs).toEqual([]);
    expect(gone.dropped.map((d) => d.reason)).toEqual(["noRow", "noRow", "noRow"]);
  });
});

describe("awardDiff", () => {
  /*
   * Old sheet: HLJ-ROBOT-04 (20,000,000 × 0.30 = 6,000,000) and HLJ-AI-04 (40,000,000 × 0.30 =
   * 12,000,000 → cap 10,000,000) in 2026, one overlap group, so the stacked total is the larger:
   * 10,000,000. New sheet: HLJ-AI-04 unticked, so the total is 6,000,000: change −4,000,000.
   * 2027 and 2028: blank inputs on both sides, the same values.
   */
  const oldLayout = layoutOf(profile(["HLJ-ROBOT-04", "HLJ-AI-04"]));
  const newLayout = layoutOf(profile(["HLJ-ROBOT-04"]));
  const rowValue =
    (l: ScenarioLayout, values: Record<string, number>) => (r: number, c: number) => {
      if (c !== l.firstYearCol) return 0;
      const award = l.awards.find((a) => a.row === r);
      if (award) return values[award.clauseId] ?? null;
      return r === l.stackRow ? values.total : null;
    };
  const diff = awardDiff(
    {
      layout: oldLayout,
      valueAt: rowValue(oldLayout, {
        "HLJ-ROBOT-04": 6_000_000,
        "HLJ-AI-04": 10_000_000,
        total: 10_000_000,
      }),
    },
    {
      layout: newLayout,
      valueAt: rowValue(newLayout, { "HLJ-ROBOT-04": 6_000_000, total: 6_000_000 }),
    }
  );

  it("old, new and change of each award cell and yearly total; the rows that change", () => {
    const total2026 = diff.find((d) => d.clauseId === undefined && d.year === 2026)!;
    expect(total2026).toMatchObject({ old: 10_000_000, new: 6_000_000, change: -4_000_000 });
    const ai = diff.find((d) => d.clauseId === "HLJ-AI-04" && d.year === 2026)!;
    expect(ai).toMatchObject({ old: 10_000_000, new: undefined, newCell: undefined });
    expect(ai.oldCell).toMatch(/^F\d+$/); // 2026 is column F
    const robot = diff.find((d) => d.clauseId === "HLJ-ROBOT-04" && d.year === 2026)!;
    expect(robot).toMatchObject({ old: 6_000_000, new: 6_000_000, change: 0 });
    // Changed: HLJ-AI-04 in 2026, 2027, 2028 (gone from the sheet) and the 2026 total.
    expect(diff.filter(changed).map((d) => `${d.clauseId ?? "total"} ${d.year}`)).toEqual([
      "HLJ-AI-04 2026",
      "HLJ-AI-04 2027",
      "HLJ-AI-04 2028",
      "total 2026",
    ]);
  });

  it("the change is exact to the fen, and absent where either side is not a number", () => {
    const l = newLayout;
    const one = (v: number | string) => (r: number, c: number) =>
      r === l.awards[0].row && c === l.firstYearCol ? v : 0;
    // 100.30 − 100.10 = 0.20 (in floating point 0.20000000000000284 before rounding to the fen).
    const [first] = awardDiff(
      { layout: l, valueAt: one(100.1) },
      { layout: l, valueAt: one(100.3) }
    );
    expect(first.change).toBe(0.2);
    const [err] = awardDiff({ layout: l, valueAt: one(5) }, { layout: l, valueAt: one("#VALUE!") });
    expect(err.change).toBeUndefined();
    expect(changed(err)).toBe(true);
  });
});

describe("item rows (a clause's second award row) through an update", () => {
  /*
   * HLJ-ROBOT-11 (launch events: 30% of the actual cost, at most 300,000 per event) with two item rows:
   * row 1 costs 400,000 in 2026 → 400,000 × 30% = 120,000; row 2 ("EXPO") costs 1,500,000 →
   * 1,500,000 × 30% = 450,000 → 300,000 (the cap).
   */
  const two = { ...profile(["HLJ-ROBOT-11"]), itemRows: { "HLJ-ROBOT-11": 2 } };
  const rowInputs: ScenarioInput[] = [
    { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2026, value: 400_000 },
    { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2026, row: 2, value: 1_500_000 },
  ];
  const doc = scenarioDocument(two, {
    inputs: rowInputs,
    itemKeys: [{ clauseId: "HLJ-ROBOT-11", row: 2, value: "EXPO" }],
  });

  it("each row's input and key stay on its own row when a clause is added", () => {
    const next = { ...two, clauses: ["HLJ-ROBOT-11", "HLJ-ROBOT-13b"] };
    const carried = carryInputs(doc, layoutOf(two), layoutOf(next));
    expect(carried.inputs).toEqual(rowInputs);
    expect(carried.itemKeys).toEqual([{ clauseId: "HLJ-ROBOT-11", row: 2, value: "EXPO" }]);
    const sheet = filledPlan(scenarioDocument(next, { inputs: carried.inputs }), "S2", "addin");
    const rowOf = (item: number) =>
      sheet.layout.inputs.find((l) => l.clauseId === "HLJ-ROBOT-11" && l.item === item)!.row;
    const at = (r: number) =>
      sheet.plan.cells.filter((x) => x.row === r && x.col === sheet.layout.firstYearCol).pop()
        ?.value;
    expect([at(rowOf(1)), at(rowOf(2))]).toEqual([400_000, 1_500_000]);
  });

  it("a row removed from the profile: its input and key are dropped, said why, the first row kept", () => {
    const one = profile(["HLJ-ROBOT-11"]);
    const carried = carryInputs(doc, layoutOf(two), layoutOf(one));
    expect(carried.inputs).toEqual([rowInputs[0]]);
    expect(carried.dropped).toEqual([{ input: rowInputs[1], reason: "noRow" }]);
    expect(carried.itemKeys).toEqual([]);

    // The diff compares row with row: row 2's 300,000 goes (no cell on the new sheet), row 1 stays 120,000.
    const value = (l: ScenarioLayout, byItem: Record<number, number>) => (r: number, c: number) =>
      c === l.firstYearCol ? (byItem[l.awards.find((a) => a.row === r)?.item ?? 0] ?? null) : null;
    const diff = awardDiff(
      { layout: layoutOf(two), valueAt: value(layoutOf(two), { 1: 120_000, 2: 300_000 }) },
      { layout: layoutOf(one), valueAt: value(layoutOf(one), { 1: 120_000 }) }
    );
    const of = (item: number | undefined) =>
      diff.find((d) => d.clauseId === "HLJ-ROBOT-11" && d.item === item && d.year === 2026)!;
    expect(of(undefined)).toMatchObject({ old: 120_000, new: 120_000, change: 0 });
    expect(of(2)).toMatchObject({ old: 300_000, new: undefined, newCell: undefined });
  });
});
