/**
 * References that move with the rows, and one item-key rule (issue 11).
 *
 * Names: every input, award, counted, apply and year cell of a scenario sheet has a worksheet-scoped
 * defined name that cannot be read as a reference, and the audit refers to names only. A row inserted
 * above the inputs after creation (HyperFormula's addRows shifts references and named expressions, as
 * Excel does), then the audit created: every audit cell must equal the audit of the same scenario
 * without the inserted row, and its figures the hand-computed Harbin ones (harbin.test.ts).
 *
 * Item keys, by hand (HLJ-DATA-VOUCHER: one 「数据券」 scheme, one shared 1,000,000 annual cap):
 *   HLJ-ROBOT-13b 3,000,000 × 10% = 300,000 under key "A"; HLJ-AI-06c 9,000,000 × 10% = 900,000 under "A ".
 *   One rule (trimmed, case-insensitive): "A" and "A " are one item → 06c's room is not shrunk by its own
 *   item (900,000), and STACK counts only the larger of the group within the item: 900,000.
 *   Under keys "A" and "B" they are two items: 06c's room = 1,000,000 − 300,000 = 700,000 → 700,000;
 *   both count: 300,000 + 700,000 = 1,000,000.
 *   (Before, the cap formula compared untrimmed keys — two items, 06c 700,000 — while STACK trimmed — one
 *   item, max(300,000, 700,000) = 700,000: neither reading.)
 */
import { generateAudit } from "../../src/scenario/audit";
import { itemKey, itemKeyFormula } from "../../src/scenario/item-key";
import { definedName, isDefinedName, planToGrid } from "../../src/scenario/plan";
import { generateScenario } from "../../src/scenario/sheet";
import { stackRows, stackTotal } from "../../src/scenario/stack";
import { MemoryWorkbook } from "../../taskpane/host/memory";
import { createEvaluator } from "../../taskpane/preview/formulas";
import { evaluateFormula } from "../support/hyperformula";
import {
  type Grid,
  HARBIN,
  award,
  harbin,
  hfAddSheet,
  hfScenario,
  setInput,
  yearly,
} from "./fixtures";

describe("defined names", () => {
  it("Excel's rules: no A1- or R1C1-like names, letters / digits / _ / . only, ≤ 255 characters", () => {
    for (const bad of [
      "AB12",
      "XFD1",
      "a1",
      "R1C1",
      "R",
      "C",
      "r2",
      "C3",
      "RC",
      "A1_x",
      "1x",
      "s-x",
      "s x",
      "TRUE",
      "",
    ])
      expect([bad, isDefinedName(bad)]).toEqual([bad, false]);
    for (const good of ["s_HLJ_ROBOT_02a_award_2026", "_x", "Rate", "s.total", "ABCD1"])
      expect([good, isDefinedName(good)]).toEqual([good, true]);
    expect(isDefinedName(`s_${"x".repeat(254)}`)).toBe(false);
    expect(definedName("HLJ-ROBOT-02a", "award", 2026)).toBe("s_HLJ_ROBOT_02a_award_2026");
  });

  it("every input, award, counted amount, apply and year cell of a sheet is named, uniquely and validly", () => {
    const { s } = harbin();
    const names = s.plan.names!;
    expect(new Set(names.map((n) => n.name.toUpperCase())).size).toBe(names.length);
    for (const n of names) expect(isDefinedName(n.name)).toBe(true);
    const at = new Set(names.filter((n) => n.rows === 1).map((n) => `${n.row},${n.col}`));
    const cols = s.layout.years.map((_, k) => s.layout.firstYearCol + k);
    for (const a of s.layout.awards)
      for (const c of cols) {
        expect(at.has(`${a.row},${c}`)).toBe(true);
        expect(at.has(`${a.countedRow},${c}`)).toBe(true);
      }
    for (const i of s.layout.inputs)
      expect(i.names.length + (i.beforeName ? 1 : 0)).toBeGreaterThan(0);
    for (const d of s.layout.documents)
      for (const c of cols) expect(at.has(`${d.applyRow},${c}`)).toBe(true);
  });

  it("formulas reading another row name it: no A1 reference outside STACK's own table ranges", () => {
    const { s } = harbin();
    const audit = generateAudit(s);
    const a1 = /(?<![A-Za-z0-9_.$'!])\$?[A-Z]{1,3}\$?[0-9]+(?![0-9(])/;
    for (const c of s.plan.cells.filter((c) => c.formula && !/SUBSIDY\.STACK/.test(c.formula)))
      expect([c.formula, a1.test(c.formula!.replace(/"(?:[^"]|"")*"/g, '""'))]).toEqual([
        c.formula,
        false,
      ]);
    // The audit refers to the scenario sheet only through its names ('Scenario'!s_…).
    const sheetRef = /'Scenario'!([A-Za-z_$][A-Za-z0-9_$]*)/g;
    for (const c of audit.plan.cells.filter((c) => c.formula))
      for (const m of c.formula!.matchAll(sheetRef)) expect(m[1]).toMatch(/^s_/);
  });
});

describe("the audit after a row was inserted above the inputs", () => {
  const { s, grid } = harbin();
  const insertAt = s.layout.inputs[0].row - 1; // above the first clause's heading in the inputs

  const reference = hfScenario(s, grid);
  const refAudit = hfAddSheet(reference, s, generateAudit(s).plan);

  const moved = hfScenario(s, grid);
  moved.addRows(0, [insertAt, 1]);
  const audit = generateAudit(s); // created after the insert, from the scenario remembered at creation
  const movedAudit = hfAddSheet(moved, s, audit.plan);

  it("the scenario still computes the hand-worked totals, one row lower", () => {
    const stack = s.layout.stackRow + 1;
    expect(
      s.layout.years.map((_, k) =>
        moved.getCellValue({ sheet: 0, row: stack, col: s.layout.firstYearCol + k })
      )
    ).toEqual([12_120_000, 8_500_000, 1_000_000]);
  });

  it("every audit cell equals the audit of the scenario without the inserted row", () => {
    const a = reference.getSheetValues(refAudit);
    const b = moved.getSheetValues(movedAudit);
    expect(b.length).toBe(a.length);
    let compared = 0;
    a.forEach((line, r) =>
      line.forEach((v, c) => {
        compared++;
        expect([r, c, b[r]?.[c] ?? null]).toEqual([r, c, v ?? null]);
      })
    );
    expect(compared).toBeGreaterThan(500);
  });

  it("and the scenario's values: stacked totals, counted amounts, inputs", () => {
    const get = (row: number, k: number) =>
      moved.getCellValue({ sheet: movedAudit, row, col: 3 + k });
    expect([0, 1, 2].map((k) => get(audit.layout.stackRow, k))).toEqual([
      12_120_000, 8_500_000, 1_000_000,
    ]);
    expect([0, 1, 2].map((k) => get(audit.layout.rawRow["HLJ-AI-03"], k))).toEqual([
      5_250_000, 3_000_000, 0,
    ]);
    expect([0, 1, 2].map((k) => get(audit.layout.countedRow["HLJ-ROBOT-01"], k))).toEqual([
      10_500_000, 4_500_000, 0,
    ]);
    expect(moved.getSheetValues(movedAudit).flat()).toContain(150_000_000);
  });

  it("an address remembered from creation would have read the wrong row (why names)", () => {
    // The cell where the stacked total was at creation now holds the row above it: the awards' section gap.
    expect(
      moved.getCellValue({ sheet: 0, row: s.layout.stackRow, col: s.layout.firstYearCol })
    ).not.toBe(12_120_000);
  });
});

describe("one item-key rule", () => {
  it('in JS: trimmed, case-insensitive; blank, "" and 0 are the blank key', () => {
    expect(["A", " a ", "A "].map(itemKey)).toEqual(["A", "A", "A"]);
    expect([null, undefined, "", 0, "  "].map(itemKey)).toEqual(["", "", "", "", ""]);
    expect([7, true].map(itemKey)).toEqual(["7", "TRUE"]);
  });

  it("the sheet expression gives the same text in HyperFormula", () => {
    for (const [cell, expected] of [
      [" a ", "A"],
      ["A ", "A"],
      [null, ""],
      [0, ""],
      [7, "7"],
    ] as const) {
      const { value } = evaluateFormula([[cell]], `=${itemKeyFormula("A1")}`, { row: 0, col: 1 });
      expect([cell, value]).toEqual([cell, expected]);
    }
  });

  it("STACK: a blank key that arrives as 0 (Excel on Windows) is the blank key", () => {
    const ids = [["HLJ-ROBOT-13b"], ["HLJ-AI-06c"]];
    const awards = [[300_000], [900_000]];
    // 0 and "" are the same blank item: only the larger of the group counts
    expect(stackTotal(ids, awards, [[0], [""]])).toBe(900_000);
    expect(stackRows(ids, awards, [[0], [null]])).toEqual([[0], [900_000]]);
  });

  const voucher = (keys: [string, string]) => {
    const s = generateScenario({
      ...HARBIN,
      clauses: ["HLJ-ROBOT-13b", "HLJ-AI-06c"],
      firstYear: 2026,
      lastYear: 2026,
    });
    const grid = planToGrid(s.plan) as Grid;
    setInput(s, grid, "HLJ-ROBOT-13b", "annual_transaction_amount", undefined, [3_000_000]);
    setInput(s, grid, "HLJ-AI-06c", "annual_transaction_amount", undefined, [9_000_000]);
    grid[award(s, "HLJ-ROBOT-13b").row][s.layout.historyCol] = keys[0];
    grid[award(s, "HLJ-AI-06c").row][s.layout.historyCol] = keys[1];
    return { s, grid };
  };

  it.each([
    [["A", "A "], 900_000, 900_000],
    [["A", " a"], 900_000, 900_000],
    [["A", "B"], 700_000, 1_000_000],
  ] as const)(
    "keys %j: HLJ-AI-06c %d, stacked %d (HyperFormula and preview)",
    async (keys, ai, total) => {
      const { s, grid } = voucher([...keys]);
      const hf = hfScenario(s, grid);
      expect(yearly(hf, s, award(s, "HLJ-AI-06c").row)).toEqual([ai]);
      expect(yearly(hf, s, s.layout.stackRow)).toEqual([total]);
      const wb = new MemoryWorkbook();
      wb.setEvaluator(createEvaluator());
      const name = await wb.addWorksheet(s.plan.sheetName);
      await wb.writePlan(name, s.plan);
      wb.activateSheet(name);
      const bare = planToGrid(s.plan);
      grid.forEach((line, r) =>
        line.forEach(
          (v, c) => v !== (bare[r]?.[c] ?? null) && v !== null && wb.enter(r, c, String(v))
        )
      );
      // enter() trims what is typed; a key with spaces is written as the host writes a value
      await wb.writeBlock(
        { sheet: name, row: award(s, "HLJ-AI-06c").row, col: s.layout.historyCol },
        [[{ value: keys[1] }]]
      );
      expect(wb.value(s.layout.stackRow, s.layout.firstYearCol, name)).toEqual({
        kind: "value",
        value: total,
      });
    }
  );
});
