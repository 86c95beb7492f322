/**
 * One-time grants are paid once (spec Revision 2, "Scenarios and stacking"; issue 11).
 *
 * The example: a 2026–2028 Heilongjiang scenario with HLJ-ROBOT-02a, 02b, 07b, 13a and HLJ-AI-12
 * ticked and the same facts entered in each of the three years, nothing marked claimed. The facts typed
 * into every year: 02a first evaluation 优秀 (EXCELLENT); 02b centre type EMERGING, the count of newly
 * recognised centres left blank as generated; 07b an intelligent factory (FACTORY) on a 50,000,000 contract;
 * 13a nothing (its request and "claimed" left blank); HLJ-AI-12 a single champion (CHAMPION), request blank.
 *
 * By hand, from the policy text:
 *   02a 「给予一次性1000万元资助」: 10,000,000, paid once — in 2026, the first year it counts; 0 in 2027, 2028.
 *   02b 「对新认定的…给予一次性1000万元资助」: the count is the number newly recognised that year; blank = 0,
 *       so 0 × 10,000,000 = 0 every year.
 *   07b 「给予10%的一次性补助，最高分别不超过200万元和1000万元」: 50,000,000 × 10% = 5,000,000 ≤ 10,000,000,
 *       once per type: FACTORY in 2026; the same type again in 2027 and 2028 pays 0.
 *   13a 「给予最高200万元的资金支持」, an annual "up to" award: not claimed in any year → 0, 0, 0.
 *   AI-12 「给予单户一次性最高200万元补助」: the request defaults to the 2,000,000 maximum; once per honour:
 *       CHAMPION in 2026, 0 after.
 *   2026: 10,000,000 + 0 + 5,000,000 + 0 + 2,000,000 = 17,000,000; 2027: 0; 2028: 0 → 17,000,000 in all.
 *   (Before this change the sheet counted every year 10,000,000 + 10,000,000 (count pre-filled with 1) +
 *   5,000,000 + 2,000,000 (the maximum) + 2,000,000 = 29,000,000, × 3 = 87,000,000.)
 * None of these clauses share an overlap group with another ticked one except 13a (HLJ-DATASET, alone
 * here), so STACK adds them all.
 */
import { clauses } from "../../src/policies";
import { documented } from "../../src/policies/texts";
import { planToGrid } from "../../src/workbook/plan";
import type { ScenarioProfile } from "../../src/workbook/scenario/profile";
import { type ScenarioSheet, generateScenario } from "../../src/workbook";
import { MemoryWorkbook } from "../../taskpane/host/memory";
import { createEvaluator } from "../../taskpane/preview/formulas";
import {
  EVERY_LOCATION,
  type Grid,
  award,
  fillBlanks,
  hfScenario,
  setInput,
  yearly,
} from "../workbook/fixtures";

const HLJ_FIVE: ScenarioProfile = {
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG",
  sectors: ["ROBOTS", "AI"],
  firstYear: 2026,
  lastYear: 2028,
  clauses: ["HLJ-ROBOT-02a", "HLJ-ROBOT-02b", "HLJ-ROBOT-07b", "HLJ-ROBOT-13a", "HLJ-AI-12"],
  locale: "en",
};

/** The facts, the same in each of the three years (nothing marked claimed, counts left blank). */
function sameFacts(s: ScenarioSheet, grid: Grid): void {
  const every = (v: unknown) => [v, v, v];
  setInput(s, grid, "HLJ-ROBOT-02a", "first_evaluation_grade", undefined, every("EXCELLENT"));
  setInput(s, grid, "HLJ-ROBOT-02b", "center_type", undefined, every("EMERGING"));
  setInput(s, grid, "HLJ-ROBOT-07b", "contract_amount", undefined, every(50_000_000));
  setInput(s, grid, "HLJ-ROBOT-07b", "type", undefined, every("FACTORY"));
  setInput(s, grid, "HLJ-AI-12", "honor_type", undefined, every("CHAMPION"));
}

function fiveClauseSheet() {
  const s = generateScenario(HLJ_FIVE);
  const grid = planToGrid(s.plan) as Grid;
  sameFacts(s, grid);
  return { s, grid };
}

/** The grid's inputs typed into a preview workbook holding the plan, as a user types them. */
async function inPreview(s: ScenarioSheet, grid: Grid) {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(createEvaluator());
  const name = await wb.addWorksheet(s.plan.sheetName);
  await wb.writePlan(name, s.plan);
  wb.activateSheet(name);
  const bare = planToGrid(s.plan);
  grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== (bare[r]?.[c] ?? null) && v !== null) wb.enter(r, c, String(v));
    })
  );
  const value = (row: number, col: number) => {
    const v = wb.value(row, col, name);
    return v.kind === "value" ? v.value : v;
  };
  return {
    wb,
    value,
    yearly: (row: number) => s.layout.years.map((_, k) => value(row, s.layout.firstYearCol + k)),
  };
}

describe("every quantitative clause declares how it is paid across years", () => {
  // The declarations (kind, and the code or count parameter), by clause id.
  const declared: Record<string, string> = {
    "HLJ-ROBOT-01": "annual",
    "HLJ-ROBOT-02a": "row",
    "HLJ-ROBOT-02b": "units count",
    "HLJ-ROBOT-03": "row",
    "HLJ-ROBOT-04": "row",
    "HLJ-ROBOT-05": "row",
    "HLJ-ROBOT-07b": "code type",
    "HLJ-ROBOT-09": "tiers",
    "HLJ-ROBOT-10": "row",
    "HLJ-ROBOT-11": "annual",
    "HLJ-ROBOT-12": "ranges",
    "HLJ-ROBOT-13a": "annual",
    "HLJ-ROBOT-13b": "annual",
    "HZ-HUMANOID-02b": "phases",
    "HZ-HUMANOID-02c": "row",
    "HZ-HUMANOID-02d": "annual",
    "HZ-HUMANOID-03b": "row",
    "HZ-HUMANOID-04b": "row",
    "HZ-HUMANOID-04c": "annual",
    "HZ-HUMANOID-05a": "row",
    "HZ-HUMANOID-05b": "annual",
    "HZ-HUMANOID-06": "row",
    "HZ-HUMANOID-07": "phases",
    "SD-ROBOT-02": "units count",
    "SD-ROBOT-04": "units count",
    "SD-ROBOT-07": "code enterprise_type",
    "SD-ROBOT-08": "annual",
    "SD-ROBOT-11c": "annual",
    "SD-ROBOT-12a": "annual",
    "SD-ROBOT-12b": "annual",
    "SD-ROBOT-12c": "annual",
    "SD-ROBOT-14a": "annual",
    "HLJ-AI-03": "annual",
    "HLJ-AI-04": "row",
    "HLJ-AI-05": "annual",
    "HLJ-AI-06a": "annual",
    "HLJ-AI-06b": "row",
    "HLJ-AI-06c": "annual",
    "HLJ-AI-07": "annual",
    "HLJ-AI-08": "row",
    "HLJ-AI-09b": "phases",
    "HLJ-AI-11b": "annual",
    "HLJ-AI-12": "code honor_type",
    "HLJ-AI-13b": "row",
    "BJ-ROBOT-01": "row",
    "BJ-ROBOT-03a": "row",
    "BJ-ROBOT-06a": "row",
    "BJ-ROBOT-06b": "annual",
    "BJ-ROBOT-07": "annual",
    "BJ-ROBOT-09": "ranges",
    "BJ-ROBOT-13a": "row",
    "BJ-ROBOT-13b": "annual",
  };
  const quantitative = clauses.filter((c) => c.fn);

  it("the list: one declaration per quantitative clause, none elsewhere", () => {
    expect(
      Object.fromEntries(
        quantitative.map((c) => [
          c.id,
          [c.oneTime?.kind, c.oneTime?.param].filter((x) => x !== undefined).join(" "),
        ])
      )
    ).toEqual(declared);
    expect(clauses.filter((c) => !c.fn && c.oneTime)).toEqual([]);
  });

  it.each(quantitative.map((c) => [c.id, c] as const))(
    "%s: the fragment is in its verbatim quote, the parameter exists",
    (_id, c) => {
      const o = documented.clauseOf(c).oneTime!;
      expect(o.because.length).toBeGreaterThan(3);
      expect(c.quotes.some((q) => q.includes(o.because))).toBe(true);
      const p = o.param ? c.fn!.params.find((q) => q.name === o.param) : undefined;
      if (o.kind === "code") expect(p?.kind).toBe("code");
      else if (o.kind === "units") expect(p?.kind).toBe("count");
      else expect(o.param).toBeUndefined();
    }
  );

  it("the spec's named examples (Revision 2) have the kind it names", () => {
    const kind = (id: string) => clauses.find((c) => c.id === id)!.oneTime!.kind;
    for (const id of ["HLJ-ROBOT-02a", "HZ-HUMANOID-05a"]) expect(kind(id)).toBe("row");
    for (const id of ["HLJ-AI-12", "SD-ROBOT-07", "HLJ-ROBOT-07b"]) expect(kind(id)).toBe("code");
    for (const id of ["HLJ-ROBOT-02b", "SD-ROBOT-02", "SD-ROBOT-04"])
      expect(kind(id)).toBe("units");
    expect(kind("HLJ-ROBOT-09")).toBe("tiers");
    for (const id of ["HLJ-ROBOT-12", "BJ-ROBOT-09"]) expect(kind(id)).toBe("ranges");
    // annual "up to" awards: a per-year "claimed" input
    for (const id of [
      "HLJ-ROBOT-13a",
      "HLJ-AI-06a",
      "SD-ROBOT-08",
      "SD-ROBOT-12b",
      "SD-ROBOT-12c",
      "SD-ROBOT-14a",
    ]) {
      expect(kind(id)).toBe("annual");
      expect(clauses.find((c) => c.id === id)!.fn!.upTo).toBe(true);
    }
  });
});

describe("the issue's Heilongjiang example: 17,000,000, not 87,000,000", () => {
  const { s, grid } = fiveClauseSheet();

  it("the sheet: counts blank (not pre-filled with 1), a 'claimed' row for 13a, the rules stated in the assumptions", () => {
    const count = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-02b" && i.param === "count"
    )!;
    for (const name of count.names)
      expect(planToGrid(s.plan)[count.row][s.plan.names!.find((n) => n.name === name)!.col]).toBe(
        null
      );
    expect(s.layout.inputs.filter((i) => i.param === "claimed").map((i) => i.clauseId)).toEqual([
      "HLJ-ROBOT-13a",
    ]);
    const texts = s.plan.cells.map((c) => c.value).filter((v) => typeof v === "string");
    expect(texts).toContainEqual(expect.stringContaining("HLJ-ROBOT-02a: one-time"));
    expect(texts).toContainEqual(expect.stringContaining("「给予一次性1000万元资助」"));
    expect(texts).toContainEqual(
      expect.stringContaining("A project's figures belong to the year it is claimed")
    );
    expect(texts).toContainEqual(expect.stringContaining("HLJ-AI-12: once per honor_type"));
    expect(texts).toContainEqual(
      expect.stringContaining("HLJ-ROBOT-02b: count is the number newly recognised")
    );
  });

  const expectations = (
    get: (row: number) => unknown[],
    note: (id: string) => unknown,
    total: unknown
  ) => {
    expect(get(award(s, "HLJ-ROBOT-02a").row)).toEqual([10_000_000, 0, 0]);
    expect(get(award(s, "HLJ-ROBOT-02b").row)).toEqual([0, 0, 0]);
    expect(get(award(s, "HLJ-ROBOT-07b").row)).toEqual([5_000_000, 0, 0]);
    expect(get(award(s, "HLJ-ROBOT-13a").row)).toEqual([0, 0, 0]);
    expect(get(award(s, "HLJ-AI-12").row)).toEqual([2_000_000, 0, 0]);
    expect(get(s.layout.stackRow)).toEqual([17_000_000, 0, 0]);
    expect(total).toBe(17_000_000);
    // The "One-time" note beside each row / code award is a formula naming the year it was paid.
    expect(note("HLJ-ROBOT-02a")).toBe("one-time: paid in 2026");
    expect(note("HLJ-ROBOT-07b")).toBe("once per type: paid in 2026");
    expect(note("HLJ-AI-12")).toBe("once per honor_type: paid in 2026");
  };

  it("in HyperFormula", () => {
    const hf = hfScenario(s, grid);
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    expectations(
      (row) => yearly(hf, s, row),
      (id) => at(award(s, id).row, s.layout.oneTimeCol),
      at(s.layout.totalRow, s.layout.firstYearCol)
    );
    expect(
      s.plan.cells.find(
        (c) => c.row === award(s, "HLJ-ROBOT-02a").row && c.col === s.layout.oneTimeCol
      )!.formula
    ).toMatch(/^=IF\(SUM\(s_HLJ_ROBOT_02a_counted_2026,/);
  });

  it("in the preview workbook", async () => {
    const p = await inPreview(s, grid);
    expectations(
      p.yearly,
      (id) => p.value(award(s, id).row, s.layout.oneTimeCol),
      p.value(s.layout.totalRow, s.layout.firstYearCol)
    );
  });

  it("units: one centre newly recognised in 2026 and one in 2028 are paid in those years (10,000,000 each)", async () => {
    const g = grid.map((line) => line.slice());
    setInput(s, g, "HLJ-ROBOT-02b", "count", undefined, [1, null, 1]);
    const hf = hfScenario(s, g);
    expect(yearly(hf, s, award(s, "HLJ-ROBOT-02b").row)).toEqual([10_000_000, 0, 10_000_000]);
    // 17,000,000 + 10,000,000 in 2026; 10,000,000 in 2028 → 37,000,000 in all
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([27_000_000, 0, 10_000_000]);
    const p = await inPreview(s, g);
    expect(p.yearly(s.layout.stackRow)).toEqual([27_000_000, 0, 10_000_000]);
  });

  it("code: a workshop in 2026 and a factory in 2027 are each paid once; 智能工厂 (an alias of FACTORY) in 2028 is not paid again", async () => {
    const g = grid.map((line) => line.slice());
    setInput(s, g, "HLJ-ROBOT-07b", "type", undefined, ["WORKSHOP", "factory ", "智能工厂"]);
    setInput(
      s,
      g,
      "HLJ-ROBOT-07b",
      "contract_amount",
      undefined,
      [10_000_000, 50_000_000, 50_000_000]
    );
    // 2026: 10,000,000 × 10% = 1,000,000 ≤ 2,000,000 (workshop); 2027: 5,000,000 (factory); 2028: 0
    const hf = hfScenario(s, g);
    expect(yearly(hf, s, award(s, "HLJ-ROBOT-07b").row)).toEqual([1_000_000, 5_000_000, 0]);
    expect(
      hf.getCellValue({ sheet: 0, row: award(s, "HLJ-ROBOT-07b").row, col: s.layout.oneTimeCol })
    ).toBe("once per type: paid in 2026 2027");
    const p = await inPreview(s, g);
    expect(p.yearly(award(s, "HLJ-ROBOT-07b").row)).toEqual([1_000_000, 5_000_000, 0]);
  });

  it("row: a year whose award counts 0 does not use it up — the grant is paid in the first year it counts", () => {
    const g = grid.map((line) => line.slice());
    // 2026: evaluation GOOD (not 优秀) → 0; 2027: EXCELLENT → 10,000,000; 2028: EXCELLENT → 0 (paid)
    setInput(s, g, "HLJ-ROBOT-02a", "first_evaluation_grade", undefined, [
      "GOOD",
      "EXCELLENT",
      "EXCELLENT",
    ]);
    const hf = hfScenario(s, g);
    expect(yearly(hf, s, award(s, "HLJ-ROBOT-02a").row)).toEqual([0, 10_000_000, 0]);
    expect(
      hf.getCellValue({ sheet: 0, row: award(s, "HLJ-ROBOT-02a").row, col: s.layout.oneTimeCol })
    ).toBe("one-time: paid in 2027");
  });

  it("annual 'up to': claimed in 2027 only, the 2,000,000 maximum once", () => {
    const g = grid.map((line) => line.slice());
    setInput(s, g, "HLJ-ROBOT-13a", "claimed", undefined, [null, true, null]);
    const hf = hfScenario(s, g);
    expect(yearly(hf, s, award(s, "HLJ-ROBOT-13a").row)).toEqual([0, 2_000_000, 0]);
  });
});

describe("every location: the same facts every year pay each one-time award once (HyperFormula and preview)", () => {
  it.each(EVERY_LOCATION.map((p) => [p.location, p] as const))("%s", async (_loc, p) => {
    const s = generateScenario(p);
    const grid = planToGrid(s.plan) as Grid;
    fillBlanks(s, grid); // every required input: the same figure in every year
    for (const d of s.layout.documents)
      s.layout.years.forEach((_, k) => (grid[d.applyRow][s.layout.firstYearCol + k] = true));
    const hf = hfScenario(s, grid);
    const preview = await inPreview(s, grid);
    const paidYears = (row: number) => (yearly(hf, s, row) as number[]).filter((v) => v > 0).length;
    let once = 0;
    for (const a of s.layout.awards) {
      const raw = yearly(hf, s, a.row) as number[];
      for (const v of raw) expect([a.clauseId, typeof v]).toEqual([a.clauseId, "number"]);
      expect([a.clauseId, preview.yearly(a.row)]).toEqual([a.clauseId, raw]);
      const paid = a.inKind ? a.row : a.countedRow;
      if (a.oneTime === "row" || a.oneTime === "code") {
        // the same facts (and code) each year: paid in one year at most
        expect([a.clauseId, paidYears(paid) <= 1]).toEqual([a.clauseId, true]);
        const note = hf.getCellValue({ sheet: 0, row: a.row, col: s.layout.oneTimeCol });
        expect([a.clauseId, typeof note]).toEqual([a.clauseId, "string"]);
        expect(preview.value(a.row, s.layout.oneTimeCol)).toBe(note);
        if (paidYears(paid) === 1) once++;
      }
      // blank counts of newly recognised units and unclaimed annual "up to" awards pay nothing
      if (a.oneTime === "units" || a.claimed)
        expect([a.clauseId, raw]).toEqual([a.clauseId, raw.map(() => 0)]);
    }
    expect(once).toBeGreaterThan(0);
    expect(preview.yearly(s.layout.stackRow)).toEqual(yearly(hf, s, s.layout.stackRow));
  });
});
