/**
 * What the preview adds to fast-formula-parser so generated sheets compute as in Excel: references to
 * other sheets, spilled arrays (and #SPILL! when blocked), MAX / MIN / COUNTA / XLOOKUP, Excel's
 * comparisons (blank = "" = 0, text regardless of case), and error values reaching the functions.
 */
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import type { CellContent } from "../../../taskpane/host/types";
import { compareOp, excelCompare } from "../../../taskpane/preview/excel-functions";
import { createEvaluator } from "../../../taskpane/preview/formulas";

const evaluator = createEvaluator();

async function sheet(rows: CellContent[][], name = "Sheet1") {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(evaluator);
  if (name !== "Sheet1") await wb.addWorksheet(name);
  await wb.writeBlock({ sheet: name, row: 0, col: 0 }, rows);
  return wb;
}
const v = (value: unknown) => ({ kind: "value", value });
const f = (formula: string): CellContent => ({ formula });
const c = (value: string | number | boolean): CellContent => ({ value });

describe("comparisons as Excel makes them", () => {
  it('a blank equals "", 0 and FALSE; text compares regardless of case; numbers < text < logicals', () => {
    expect(excelCompare(null, "")).toBe(0);
    expect(excelCompare(null, 0)).toBe(0);
    expect(excelCompare(false, null)).toBe(0);
    expect(excelCompare("a", "A")).toBe(0);
    expect(excelCompare(5, "a")).toBe(-1);
    expect(excelCompare("z", true)).toBe(-1);
    // An array compares element by element (an array of results); a scalar with a scalar gives one.
    expect(compareOp([["x"], [null]], "<>", "X")).toEqual([[false], [true]]);
    expect(compareOp(null, "=", "")).toBe(true);
  });

  it('in formulas: IF(B1="", …) sees a blank cell', async () => {
    const wb = await sheet([[f('=IF(B1="","blank","filled")'), {}, f('=IF("key"="KEY",1,0)')]]);
    expect(wb.value(0, 0)).toEqual(v("blank"));
    expect(wb.value(0, 2)).toEqual(v(1));
  });
});

describe("functions the parser lacks", () => {
  it("MAX and MIN: numbers of ranges and referenced cells; literal arguments coerced; none → 0", async () => {
    const wb = await sheet([
      [c(3), c("text"), c(true), {}, c(-2)],
      [
        f("=MAX(A1:E1)"),
        f("=MIN(A1:E1)"),
        f("=MAX(1,A1-5)"),
        f("=MAX(B1:D1)"),
        f('=MAX(A1,TRUE,"7")'),
      ],
      [f("=MAX(A4:B4)"), f("=1/0"), f("=MAX(A1,B3)")],
    ]);
    expect([0, 1, 2, 3, 4].map((col) => wb.value(1, col))).toEqual([v(3), v(-2), v(1), v(0), v(7)]);
    expect(wb.value(2, 0)).toEqual(v(0));
    expect(wb.value(2, 2)).toMatchObject({ kind: "error", code: "#DIV/0!" });
  });

  it("SUM: an error in a referenced cell is the result (a total never skips an errored row), as in Excel", async () => {
    const wb = await sheet([
      [c(120_000), f("=1/0"), c("text"), c(300_000)],
      [f("=SUM(A1,B1,D1)"), f("=SUM(A1:D1)"), f("=SUM(A1,C1,D1)"), f('=SUM(A1,"5")')],
    ]);
    expect(wb.value(1, 0)).toMatchObject({ kind: "error", code: "#DIV/0!" });
    expect(wb.value(1, 1)).toMatchObject({ kind: "error", code: "#DIV/0!" });
    expect(wb.value(1, 2)).toEqual(v(420_000)); // text in a reference is skipped: 120,000 + 300,000
    expect(wb.value(1, 3)).toEqual(v(120_005)); // a literal is coerced
  });

  it("COUNTA counts what is not blank", async () => {
    const wb = await sheet([[c(1), {}, c("x"), c(false), f("=COUNTA(A1:D1)"), f("=COUNTA(B1)")]]);
    expect(wb.value(0, 4)).toEqual(v(3));
    expect(wb.value(0, 5)).toEqual(v(0));
  });

  it("XLOOKUP: exact (any case), wildcard, last-to-first, not found, horizontal", async () => {
    const wb = await sheet([
      [c("Cap 100 [not bound]"), c(1)],
      [c("Room 50 [binding]"), c(2)],
      [c("Cap 70 [binding]"), c(3)],
      [f('=XLOOKUP("*[binding]*",A1:A3,A1:A3,"none",2)'), f('=XLOOKUP("room*",A1:A3,B1:B3,,2,-1)')],
      [f('=XLOOKUP("cap 70 [BINDING]",A1:A3,B1:B3)'), f('=XLOOKUP("zzz",A1:A3,B1:B3)')],
      [f('=XLOOKUP("*x*",A1:A3,B1:B3,"none",2)'), f("=XLOOKUP(2,B1:B3,A1:A3)")],
      [f("=XLOOKUP(2.5,B1:B3,A1:A3,,-1)"), f("=XLOOKUP(2.5,B1:B3,A1:A3,,1)")],
      [c("a"), c("b"), f('=XLOOKUP("b",A8:B8,A1:B1)')],
    ]);
    expect(wb.value(3, 0)).toEqual(v("Room 50 [binding]"));
    expect(wb.value(3, 1)).toEqual(v(2));
    expect(wb.value(4, 0)).toEqual(v(3));
    expect(wb.value(4, 1)).toMatchObject({ kind: "error", code: "#N/A" });
    expect(wb.value(5, 0)).toEqual(v("none"));
    expect(wb.value(5, 1)).toEqual(v("Room 50 [binding]"));
    expect(wb.value(6, 0)).toEqual(v("Room 50 [binding]"));
    expect(wb.value(6, 1)).toEqual(v("Cap 70 [binding]"));
    expect(wb.value(7, 2)).toEqual(v(1));
  });
});

describe("sheets", () => {
  it("a formula reads another sheet by its quoted name (any case); an unknown sheet is #REF!", async () => {
    const wb = await sheet([[c(40), c(2)]], "Q1 plan");
    await wb.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, [
      [f("='Q1 plan'!A1+1"), f("=SUM('q1 PLAN'!A1:B1)"), f("='No such'!A1"), f("=Sheet1!A1*2")],
    ]);
    expect([0, 1, 2, 3].map((col) => wb.value(0, col))).toEqual([
      v(41),
      v(42),
      { kind: "error", code: "#REF!" },
      v(82),
    ]);
    await expect(
      wb.readRange({ sheet: "No such", row: 0, col: 0, rows: 1, cols: 1 })
    ).rejects.toThrow("does not exist");
  });

  it("adding, activating and naming sheets: unique names, the active cell per sheet", async () => {
    const wb = await sheet([[c(1)]]);
    expect(await wb.addWorksheet("sheet1")).toBe("sheet1 (2)");
    expect(await wb.addWorksheet("Plan: 2026/27 [draft]?")).toBe("Plan 2026 27 draft");
    expect(wb.activeSheet()).toBe("Sheet1"); // adding does not activate
    wb.setActiveCell(4, 2);
    await wb.activateWorksheet("Plan 2026 27 draft");
    expect(await wb.getActiveWorksheet()).toBe("Plan 2026 27 draft");
    expect(await wb.getActiveCell()).toEqual({ sheet: "Plan 2026 27 draft", row: 0, col: 0 });
    wb.activateSheet("Sheet1");
    expect(wb.activeCell()).toEqual({ sheet: "Sheet1", row: 4, col: 2 });
  });
});

describe("spilled arrays", () => {
  const ids = [
    c("HLJ_LAUNCH_EVENT_SUBSIDY"),
    c("HLJAI_LAUNCH_EVENT_SUBSIDY"),
    c("HZ_SCENARIO_AWARD"),
  ];
  const awards = [c(300_000), c(200_000), c(50_000)];

  it("STACK_ROWS spills down from its cell; the cells below show the counted amounts", async () => {
    const wb = await sheet([
      [ids[0], awards[0], f("=SUBSIDY.STACK_ROWS(A1:A3,B1:B3)")],
      [ids[1], awards[1], { numberFormat: "#,##0.00" }],
      [ids[2], awards[2]],
      [f("=SUM(C1:C3)"), f("=C2")],
    ]);
    expect([0, 1, 2].map((r) => wb.value(r, 2))).toEqual([v(300_000), v(0), v(50_000)]);
    expect(wb.value(3, 0)).toEqual(v(350_000));
    expect(wb.value(3, 1)).toEqual(v(0));
    expect(wb.spillAt(0, 2)).toEqual({ rows: 3, cols: 1 });
    expect(wb.extent()).toEqual({ rows: 4, cols: 3 });
    // As Excel reports a spill: values in the cells, the formula only in its anchor.
    expect(await wb.readRange({ sheet: "Sheet1", row: 0, col: 2, rows: 3, cols: 1 })).toEqual({
      values: [[300_000], [0], [50_000]],
      formulas: [["=SUBSIDY.STACK_ROWS(A1:A3,B1:B3)"], [""], [""]],
    });
  });

  it("a value in the way gives #SPILL! and leaves that cell alone; clearing it lets the array spill", async () => {
    const wb = await sheet([
      [ids[0], awards[0], f("=SUBSIDY.STACK_ROWS(A1:A3,B1:B3)")],
      [ids[1], awards[1]],
      [ids[2], awards[2], c("mine")],
    ]);
    expect(wb.value(0, 2)).toEqual({ kind: "error", code: "#SPILL!" });
    expect(wb.value(1, 2)).toEqual(v(null));
    expect(wb.value(2, 2)).toEqual(v("mine"));
    wb.enter(2, 2, "");
    expect(wb.value(2, 2)).toEqual(v(50_000));
  });

  it("EXPLAIN spills two columns: the steps and their amounts, ending with the award", async () => {
    const wb = await sheet([[f('=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",6000000)')]]);
    expect(wb.extent()).toEqual({ rows: 1, cols: 1 }); // not computed yet
    const spill = wb.spillAt(0, 0)!;
    expect(wb.shownExtent()).toEqual({ rows: spill.rows, cols: 2 }); // what the grid shows
    expect(spill.cols).toBe(2);
    expect(wb.value(spill.rows - 1, 0)).toEqual(v("Award"));
    expect(wb.value(spill.rows - 1, 1)).toEqual(v(2_000_000));
  });

  it("an error in a single-value argument reaches the function and is re-raised, as in Excel with allowErrorForDataTypeAny", async () => {
    const wb = await sheet([
      [
        f('=SUBSIDY.IN_FORCE("SD-ROBOT",DATE(2026,12,31))'),
        f("=SUBSIDY.HZ_SCENARIO_AWARD(A1)"),
        f("=SUBSIDY.HZ_SCENARIO_AWARD(1/0)"),
        f("=SUBSIDY.HZ_SCENARIO_AWARD('No such sheet'!A1)"),
      ],
    ]);
    expect(wb.value(0, 0)).toMatchObject({ kind: "error", code: "#N/A" });
    // own code, and a message naming the parameter
    expect(wb.value(0, 1)).toMatchObject({
      kind: "error",
      code: "#N/A",
      message: "actual_investment is #N/A",
    });
    expect(wb.value(0, 2)).toMatchObject({
      kind: "error",
      code: "#DIV/0!",
      message: "actual_investment is #DIV/0!",
    });
    // #REF! is an input-only error for a custom function: #VALUE! saying which
    expect(wb.value(0, 3)).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: "actual_investment is #REF!",
    });
  });

  it("an error cell inside a range: #VALUE! naming the position (STACK), or kept to its element (EACH)", async () => {
    const wb = await sheet([
      [c("HZ_SCENARIO_AWARD"), c(1_000_000), f("=SUBSIDY.STACK(A1:A2,B1:B2)")],
      [c("HZ_SCENARIO_AWARD"), f("=1/0"), f('=SUBSIDY.EACH("HZ_SCENARIO_AWARD",B1:B2)')],
    ]);
    expect(wb.value(0, 2)).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: "awards contains an error at position 2",
    });
    // EACH spills from C2: 1,000,000 × 50% = 500,000, then #DIV/0! in its own cell
    expect(wb.value(1, 2)).toEqual(v(500_000));
    expect(wb.value(2, 2)).toMatchObject({ kind: "error", code: "#DIV/0!" });
  });
});
