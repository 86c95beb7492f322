/**
 * References that move with the rows (issue 11): every input, award, counted, apply and year cell of a
 * scenario sheet has a worksheet-scoped defined name that cannot be read as a reference, and the audit
 * refers to names only. A row inserted above the inputs after creation (HyperFormula's addRows shifts
 * references and named expressions, as Excel does), then the audit created: every audit cell must equal
 * the audit of the same scenario without the inserted row, and its figures the hand-computed Harbin ones
 * (scenario/harbin.test.ts). The item-key rule is tested in test/rules/item-key.test.ts.
 */
import { generateAudit } from "../../src/workbook/audit/sheet";
import { definedName, isDefinedName } from "../../src/workbook/plan";
import { harbin, hfAddSheet, hfScenario } from "./fixtures";

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
