/** The preview workbook's reads for explain: the same answers as the Excel host for cells, ranges, sheets. */
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";

function workbook() {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(createEvaluator());
  return wb;
}

describe("MemoryWorkbook explain reads", () => {
  it("readCell: a formula with its computed value, a constant, an empty cell", async () => {
    const wb = workbook();
    wb.enter(3, 1, "6000000");
    wb.enter(4, 1, "=SUBSIDY.HZ_SCENARIO_AWARD(B4)");
    // 6,000,000 × 0.5 = 3,000,000, capped at 2,000,000.
    expect(await wb.readCell({ sheet: "Sheet1", row: 4, col: 1 })).toEqual({
      formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B4)",
      value: 2_000_000,
    });
    expect(await wb.readCell({ sheet: "Sheet1", row: 3, col: 1 })).toEqual({
      formula: 6_000_000,
      value: 6_000_000,
    });
    expect(await wb.readCell({ sheet: "Sheet1", row: 9, col: 9 })).toEqual({
      formula: "",
      value: null,
    });
  });

  it("readReferences: cells, a range with a blank and an error, another sheet, a whole column, what is missing", async () => {
    const wb = workbook();
    const other = await wb.addWorksheet("Q1 plan");
    wb.enter(0, 0, "100");
    wb.enter(2, 0, "=1/0");
    wb.activateSheet(other);
    wb.enter(0, 3, "TOP_UP");
    const read = await wb.readReferences("Sheet1", [
      "$A$1",
      "A1:A3",
      "'Q1 plan'!D1",
      "A:A",
      "Nowhere",
      "'No such sheet'!A1",
    ]);
    expect(read).toEqual([
      { ok: true, range: { sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 1 }, values: [[100]] },
      {
        ok: true,
        range: { sheet: "Sheet1", row: 0, col: 0, rows: 3, cols: 1 },
        values: [[100], [null], [{ error: "#DIV/0!" }]],
      },
      {
        ok: true,
        range: { sheet: "Q1 plan", row: 0, col: 3, rows: 1, cols: 1 },
        values: [["TOP_UP"]],
      },
      // A whole column, cut to the used rows as a formula over it sees them.
      {
        ok: true,
        range: { sheet: "Sheet1", row: 0, col: 0, rows: 3, cols: 1 },
        values: [[100], [null], [{ error: "#DIV/0!" }]],
      },
      { ok: false, reason: "no-name" },
      { ok: false, reason: "no-sheet" },
    ]);
  });

  it("watchSelection follows selection and edits until stopped", async () => {
    const wb = workbook();
    const listener = jest.fn();
    const stop = await wb.watchSelection(listener);
    wb.setActiveCell(1, 1);
    wb.enter(0, 0, "1");
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    wb.setActiveCell(2, 2);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
