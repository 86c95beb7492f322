/**
 * "Copy sheet with native formulas" through the memory host (taskpane/views/native-copy.ts): the active
 * sheet is read, a new sheet gets the copy and is opened, the original stays as it was, and the report
 * says what still calls SUBSIDY.*.
 */
import { nativeFormula } from "../../../src";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import { copyActiveSheetNatively } from "../../../taskpane/views/native-copy";

const text = { sheetName: (s: string) => `${s} (native)`, valuesNote: "values, not recomputed" };

async function model(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(createEvaluator());
  await wb.writePlan("Sheet1", {
    sheetName: "Sheet1",
    cells: [
      { row: 0, col: 0, value: "Investment" },
      { row: 0, col: 1, value: 1_500_000, format: "#,##0.00" },
      { row: 0, col: 2, formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B1)", format: "#,##0.00" },
      { row: 1, col: 0, value: "In force" },
      { row: 1, col: 1, formula: '=SUBSIDY.IN_FORCE("HZ-HUMANOID","2026-12-31")' },
      { row: 1, col: 2, formula: '=IF(SUBSIDY.IN_FORCE("HZ-HUMANOID","2028-12-31"),C1,0)' },
      { row: 2, col: 0, value: "Stacked" },
      { row: 0, col: 3, value: "HZ_SCENARIO_AWARD" },
      { row: 2, col: 1, formula: "=SUBSIDY.STACK(D1:D1,C1:C1)" },
      { row: 2, col: 2, formula: "=SUBSIDY.STACK(Other!D1:D1,C1:C1)" },
      { row: 0, col: 4, formula: '=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",B1)' },
    ],
    names: [],
    freezeRows: 1,
    columnWidths: [14, 16, 16],
    legend: [],
    warnings: [],
  });
  return wb;
}

/** Every cell of a sheet as the workbook holds it, to compare before and after. */
const dump = (wb: MemoryWorkbook, sheet: string) => {
  const { rows, cols } = wb.extent(sheet);
  return JSON.stringify(
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => wb.content(r, c, sheet))
    )
  );
};

describe("copy the active sheet with native formulas (memory host)", () => {
  it("adds and opens the copy, twins in place of calls, and leaves the original as it was", async () => {
    const wb = await model();
    const before = dump(wb, "Sheet1");
    const done = await copyActiveSheetNatively(wb, text);
    expect(done.sheet).toBe("Sheet1 (native)");
    expect(done.original).toBe("Sheet1");
    expect(wb.sheetNames()).toEqual(["Sheet1", "Sheet1 (native)"]);
    expect(wb.activeSheet()).toBe("Sheet1 (native)");
    expect(dump(wb, "Sheet1")).toBe(before);

    const copy = (row: number, col: number) => wb.content(row, col, "Sheet1 (native)");
    expect(copy(0, 1)).toMatchObject({ value: 1_500_000, numberFormat: "#,##0.00" });
    // The award: the twin over the same cell, formatted as the original.
    expect(copy(0, 2)).toMatchObject({
      formula: nativeFormula("HZ_SCENARIO_AWARD", ["B1"]),
      numberFormat: "#,##0.00",
    });
    // HZ-HUMANOID is in force 2025-01-22 … 2027-12-31: on 2026-12-31 TRUE (a whole-cell call: the value);
    // on 2028-12-31 FALSE, written as a literal inside the IF.
    expect(copy(1, 1)).toMatchObject({ value: true });
    expect(copy(1, 1)?.formula).toBeUndefined();
    expect(copy(1, 2)?.formula).toBe("=IF(FALSE,C1,0)");
    // STACK over ids and awards of this sheet becomes native (one award: the sum of its one counted
    // amount); over ids on another sheet it stays as written, the one cell still calling SUBSIDY.*.
    expect(copy(2, 1)?.formula).not.toMatch(/SUBSIDY\./);
    expect(done.report.entries).toContainEqual({ cell: "B3", fn: "STACK", outcome: "twin" });
    expect(copy(2, 2)?.formula).toBe("=SUBSIDY.STACK(Other!D1:D1,C1:C1)");
    expect(done.report.remaining).toEqual([{ cell: "C3", functions: ["STACK"] }]);
    expect(done.report.entries).toContainEqual({
      cell: "C3",
      fn: "STACK",
      outcome: "kept",
      reason: "stack",
      detail: "ranges",
    });
    // EXPLAIN: its values as constants, the note on its first cell.
    expect(done.report.entries).toContainEqual({ cell: "E1", fn: "EXPLAIN", outcome: "values" });
    expect(copy(0, 4)?.formula).toBeUndefined();
    expect(copy(0, 4)?.note).toBe("values, not recomputed");
    // EXPLAIN's last row is the award: 1,500,000 × 0.5 = 750,000, under the 2,000,000 cap (E5:F5).
    expect([copy(4, 4)?.value, copy(4, 5)?.value]).toEqual(["Award", 750_000]);
    expect(wb.layout("Sheet1 (native)")).toEqual({ freezeRows: 1, columnWidths: [14, 16, 16] });
  });

  it("a second copy gets a sheet name of its own", async () => {
    const wb = await model();
    await copyActiveSheetNatively(wb, text);
    wb.activateSheet("Sheet1");
    const again = await copyActiveSheetNatively(wb, text);
    expect(again.sheet).toBe("Sheet1 (native) (2)");
    expect(wb.sheetNames()).toEqual(["Sheet1", "Sheet1 (native)", "Sheet1 (native) (2)"]);
  });
});
