import { MemoryWorkbook } from "../../../taskpane/host/memory";
import type { SheetPlan } from "../../../taskpane/host/plan";
import { insertBlock } from "../../../taskpane/insert/plan";
import type { Block } from "../../../taskpane/insert/plan";
import { createEvaluator } from "../../../taskpane/preview/formulas";

const at = (row: number, col: number) => ({ sheet: "Sheet1", row, col });
const block = (rows: number, cols: number, value = "x"): Block => ({
  rows,
  cols,
  cellsAt: () =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ value }))),
});

describe("never overwrite", () => {
  it("writes into an empty target", async () => {
    const wb = new MemoryWorkbook();
    expect(await insertBlock(wb, at(1, 1), block(2, 2))).toEqual({
      kind: "free",
      at: at(1, 1),
      unchecked: ["spill"], // the formula engine has not loaded: no spill is known yet
    });
    expect(wb.content(2, 2)).toEqual({ value: "x" });
  });

  it("a non-empty target: nothing written, the block below the last used row of its columns proposed", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(at(0, 0), [[{ value: "keep" }], [{ value: "keep" }]]); // A1:A2
    await wb.writeBlock(at(4, 1), [[{ value: "keep" }]]); // B5
    const plan = await insertBlock(wb, at(0, 0), block(3, 2, "new"));
    // The last used row of columns A:B is 5 (B5): the block goes right below, A6:B8.
    expect(plan).toEqual({
      kind: "occupied",
      at: at(0, 0),
      blockedBy: ["content"],
      proposal: at(5, 0),
      unchecked: ["spill"],
    });
    expect(wb.content(0, 0)).toEqual({ value: "keep" });
    expect(wb.content(0, 1)).toBeUndefined();
  });

  it("confirming writes at the proposal, after checking it again", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(at(0, 0), [[{ value: "keep" }]]);
    const first = await insertBlock(wb, at(0, 0), block(1, 1, "new"));
    expect(first).toMatchObject({ kind: "occupied", proposal: at(1, 0) });
    await wb.writeBlock(at(1, 0), [[{ value: "typed meanwhile" }]]);
    const second = await insertBlock(wb, at(1, 0), block(1, 1, "new"));
    expect(second).toMatchObject({ kind: "occupied", proposal: at(2, 0) });
    expect(wb.content(1, 0)).toEqual({ value: "typed meanwhile" });
    expect(await insertBlock(wb, at(2, 0), block(1, 1, "new"))).toMatchObject({ kind: "free" });
    expect(wb.content(2, 0)).toEqual({ value: "new" });
  });

  it("proposes the block below the last used row of its columns, not a gap above it", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(
      at(0, 0),
      Array.from({ length: 600 }, (_, r) => [{ value: r === 300 ? undefined : 1 }])
    );
    // A301 is a one-row gap; the 2-row block goes below A600.
    expect(await insertBlock(wb, at(0, 0), block(2, 1))).toMatchObject({ proposal: at(600, 0) });
  });

  it("a formula cell counts as non-empty even when it shows nothing", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(at(0, 0), [[{ formula: '=""' }]]);
    expect(await insertBlock(wb, at(0, 0), block(1, 1))).toMatchObject({ kind: "occupied" });
  });

  it("a cell holding only a number format, style or note is free; writing keeps them", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addWorksheet("Plan");
    const plan: SheetPlan = {
      sheetName: sheet,
      cells: [
        { row: 0, col: 0, format: "yyyy-mm-dd", style: "input", note: "why" },
        { row: 0, col: 1, style: "total" },
      ],
      freezeRows: 0,
      columnWidths: [],
      legend: [],
      warnings: [],
    };
    await wb.writePlan(sheet, plan);
    const onPlan = { sheet, row: 0, col: 0 };
    const written = await insertBlock(wb, onPlan, {
      rows: 1,
      cols: 2,
      cellsAt: () => [[{ value: "label" }, { value: 5, numberFormat: "0" }]],
    });
    expect(written.kind).toBe("free");
    expect(wb.content(0, 0, sheet)).toEqual({
      value: "label",
      numberFormat: "yyyy-mm-dd",
      style: "input",
      note: "why",
    });
    expect(wb.content(0, 1, sheet)).toEqual({ value: 5, numberFormat: "0", style: "total" });
  });

  it("a cell in another formula's spill is not free: the block goes below the spill, in one step", async () => {
    const wb = new MemoryWorkbook();
    wb.setEvaluator(createEvaluator());
    // B1 spills B1:C5 (EXPLAIN: the steps and their amounts).
    await wb.writeBlock(at(0, 1), [[{ formula: '=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",6000000)' }]]);
    expect(wb.spillAt(0, 1)).toEqual({ rows: 5, cols: 2 });
    const plan = await insertBlock(wb, at(2, 2), block(2, 1)); // C3:C4
    expect(plan).toEqual({
      kind: "occupied",
      at: at(2, 2),
      blockedBy: ["spill"],
      proposal: at(5, 2), // C6, right below the spill
      unchecked: [],
    });
    expect(wb.content(2, 2)).toBeUndefined();
    expect(wb.value(4, 1)).toEqual({ kind: "value", value: "Award" }); // still spilling, not #SPILL!
  });
});
