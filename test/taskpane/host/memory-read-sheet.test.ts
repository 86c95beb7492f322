/** MemoryWorkbook.readSheet: the preview sheet as Excel's host reads one, and reading changes nothing. */
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";

describe("MemoryWorkbook.readSheet", () => {
  it("gives formulas, shown values, formats, widths, names and frozen rows, leaving the sheet as it was", async () => {
    const wb = new MemoryWorkbook();
    wb.setEvaluator(createEvaluator());
    await wb.writePlan("Sheet1", {
      sheetName: "Sheet1",
      cells: [
        { row: 0, col: 0, value: 2, format: "#,##0" },
        { row: 0, col: 1, formula: "=A1*3" },
      ],
      names: [{ name: "base", row: 0, col: 0, rows: 1, cols: 1 }],
      freezeRows: 1,
      columnWidths: [12, 20],
      legend: [],
      warnings: [],
    });
    const before = JSON.stringify(wb.content(0, 1));
    const snap = await wb.readSheet("Sheet1");
    expect(snap).toEqual({
      name: "Sheet1",
      row: 0,
      col: 0,
      formulas: [[2, "=A1*3"]],
      // 2 × 3 = 6
      values: [[2, 6]],
      numberFormats: [["#,##0", "General"]],
      columnWidths: [12, 20],
      spills: [],
      spillsChecked: true,
      names: [{ name: "BASE", row: 0, col: 0, rows: 1, cols: 1 }],
      freezeRows: 1,
    });
    expect(JSON.stringify(wb.content(0, 1))).toBe(before);
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });
});
