import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";

const at = (row: number, col: number) => ({ sheet: "Sheet1", row, col });

function workbook() {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(createEvaluator());
  return wb;
}

describe("the in-memory workbook", () => {
  it("reads back what was written, as Excel reports values and formulas", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [[{ value: 2 }, { formula: "=A1*3" }, {}]]);
    expect(await wb.readRange({ ...at(0, 0), rows: 2, cols: 3 })).toEqual({
      values: [
        [2, 6, ""],
        ["", "", ""],
      ],
      formulas: [
        [2, "=A1*3", ""],
        ["", "", ""],
      ],
    });
    expect(wb.extent()).toEqual({ rows: 1, cols: 2 });
  });

  it("writing selects the block's first cell, as Excel does", async () => {
    const wb = workbook();
    wb.setActiveCell(5, 5);
    await wb.writeBlock(at(2, 1), [[{ value: 1 }]]);
    expect(await wb.getActiveCell()).toEqual(at(2, 1));
  });

  it("notifies subscribers of every change", async () => {
    const wb = workbook();
    const seen: number[] = [];
    wb.subscribe(() => seen.push(wb.getVersion()));
    await wb.writeBlock(at(0, 0), [[{ value: 1 }]]);
    wb.setActiveCell(1, 1);
    expect(seen).toHaveLength(2);
  });

  it("writing or clearing a cell keeps its number format, style and note, as Excel does", async () => {
    const wb = workbook();
    await wb.writePlan("Sheet1", {
      sheetName: "Sheet1",
      cells: [{ row: 0, col: 0, value: 1, format: "0.00%", style: "input", note: "why" }],
      freezeRows: 0,
      columnWidths: [],
      legend: [],
      warnings: [],
    });
    // A block cell without a format writes the contents only.
    await wb.writeBlock(at(0, 0), [[{ value: 2 }]]);
    expect(wb.content(0, 0)).toEqual({
      value: 2,
      numberFormat: "0.00%",
      style: "input",
      note: "why",
    });
    // An empty block cell clears the contents, not the rest.
    await wb.writeBlock(at(0, 0), [[{}]]);
    expect(wb.content(0, 0)).toEqual({ numberFormat: "0.00%", style: "input", note: "why" });
    wb.enter(0, 0, "3");
    wb.enter(0, 0, "");
    expect(wb.content(0, 0)).toEqual({ numberFormat: "0.00%", style: "input", note: "why" });
    // A cell that held only contents is gone once cleared.
    await wb.writeBlock(at(1, 0), [[{ value: 4 }]]);
    wb.enter(1, 0, "");
    expect(wb.content(1, 0)).toBeUndefined();
  });

  it("inspects and measures for insert: contents and spills block; the last used row counts spills", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [{ value: 1 }, { formula: '=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",6000000)' }],
    ]);
    // B1 spills B1:C5; A1 holds a value; A2 is free.
    const inspection = await wb.inspectRange({ ...at(0, 0), rows: 2, cols: 3 });
    expect(inspection).toEqual({
      cells: [
        [
          { by: "content", lastRow: 0 },
          { by: "content", lastRow: 0 },
          { by: "spill", lastRow: 4 },
        ],
        [null, { by: "spill", lastRow: 4 }, { by: "spill", lastRow: 4 }],
      ],
      unchecked: [],
    });
    expect(await wb.lastUsedRow("Sheet1", 0, 0, 1)).toBe(0); // column A: A1
    expect(await wb.lastUsedRow("Sheet1", 0, 2, 1)).toBe(4); // column C: the spill's last row
    expect(await wb.lastUsedRow("Sheet1", 5, 0, 3)).toBe(-1); // nothing from row 6 down
  });

  it("shows formulas as pending until the formula engine has loaded", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(at(0, 0), [[{ formula: "=1+1" }]]);
    expect(wb.value(0, 0)).toEqual({ kind: "pending" });
    wb.setEvaluator(createEvaluator());
    expect(wb.value(0, 0)).toEqual({ kind: "value", value: 2 });
  });
});

describe("preview evaluation of SUBSIDY formulas (fast-formula-parser + calculate)", () => {
  it("computes a clause function from literal arguments and from cells", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [{ value: 8_000_000 }],
      [{ value: 6_000_000 }],
      [{ value: 0.02 }],
      [{ value: 0.1 }],
      [{ formula: "=SUBSIDY.HLJ_RD_SUBSIDY(A1,A2,A3,A4)" }],
      [{ formula: '=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,,"TOTAL")' }],
      [{ formula: "=subsidy.hz_scenario_award(6000000)" }],
    ]);
    expect(wb.value(4, 0)).toEqual({ kind: "value", value: 480_000 });
    expect(wb.value(5, 0)).toEqual({ kind: "value", value: 540_000 });
    expect(wb.value(6, 0)).toEqual({ kind: "value", value: 2_000_000 });
  });

  it("stays live: changing an input recomputes the award", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [{ value: 1_500_000 }],
      [{ formula: "=SUBSIDY.HZ_SCENARIO_AWARD(A1)" }],
      [{ formula: "=A2/2" }],
    ]);
    expect(wb.value(2, 0)).toEqual({ kind: "value", value: 375_000 });
    wb.enter(0, 0, "1,000,000");
    expect(wb.value(1, 0)).toEqual({ kind: "value", value: 500_000 });
    expect(wb.value(2, 0)).toEqual({ kind: "value", value: 250_000 });
  });

  it("shows the engine's error code with its message (#VALUE!, #NUM!)", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [{ formula: '=SUBSIDY.HZ_SCENARIO_AWARD("abc")' }],
      [{ formula: "=SUBSIDY.HZ_SCENARIO_AWARD()" }],
      [{ formula: "=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,1.5,0.1)" }],
      [{ formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B9)" }],
    ]);
    expect(wb.value(0, 0)).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "actual_investment must be a number",
    });
    expect(wb.value(1, 0)).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "actual_investment is required",
    });
    expect(wb.value(2, 0)).toMatchObject({ kind: "error", code: "#NUM!" });
    // A blank referenced cell reaches the function as nothing (as in Excel on the web).
    expect(wb.value(3, 0)).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "actual_investment is required",
    });
  });

  it("passes array constants and ranges as ranges", async () => {
    const withAmounts = (await import("../../../src")).catalog.clauses.find((c) =>
      c.fn?.params.some((p) => p.kind === "amounts")
    )!.fn!;
    const ex = withAmounts.examples.find(
      (e) => typeof e.expect === "number" && e.args.some(Array.isArray)
    )!;
    const literal = (v: unknown): string =>
      v === undefined
        ? ""
        : Array.isArray(v)
          ? `{${v.flat().join(";")}}`
          : typeof v === "string"
            ? `"${v}"`
            : String(v);
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [{ formula: `=SUBSIDY.${withAmounts.name}(${ex.args.map(literal).join(",")})` }],
    ]);
    expect(wb.value(0, 0)).toEqual({ kind: "value", value: ex.expect });
  });

  it("unknown functions, syntax errors and circular references end as errors, not exceptions", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [{ formula: "=SUBSIDY.NOPE(1)" }],
      [{ formula: "=1+" }],
      [{ formula: "=A3+1" }],
      [{ formula: "=A1+1" }],
    ]);
    expect(wb.value(0, 0)).toMatchObject({ kind: "error", code: "#NAME?" });
    expect(wb.value(1, 0)).toMatchObject({ kind: "error" });
    expect(wb.value(2, 0)).toMatchObject({ kind: "error" });
    expect(wb.value(3, 0)).toMatchObject({ kind: "error", code: "#NAME?" }); // an error propagates
  });

  it("built-in functions work alongside SUBSIDY ones; whole-column ranges stop at the used area", async () => {
    const wb = workbook();
    await wb.writeBlock(at(0, 0), [
      [
        { value: 1 },
        { value: 2 },
        { formula: "=SUM(A1:B1)+SUBSIDY.HZ_SCENARIO_AWARD(2)" },
        { formula: "=SUM(A:B)" },
      ],
    ]);
    expect(wb.value(0, 2)).toEqual({ kind: "value", value: 4 });
    expect(wb.value(0, 3)).toEqual({ kind: "value", value: 3 });
  });
});
