/**
 * Insert with Excel as the host, on a stateful fake Excel (fake-excel.ts) that keeps cells, formats,
 * fills, notes, merges and spills and counts every context.sync(): the block keeps what cells hold, is
 * never written into a merge's hidden cells or another formula's spill, and finding room below costs a
 * bounded number of round trips whatever the number of rows.
 */
import { catalog } from "../../../src";
import { ExcelHost } from "../../../taskpane/host/excel";
import { inputBlock } from "../../../taskpane/insert/block";
import { type Block, MAX_PROPOSALS, insertBlock } from "../../../taskpane/insert/plan";
import { FakeExcel } from "./fake-excel";

const at = (row: number, col: number) => ({ sheet: "Sheet1", row, col });

/** label | rate (0.00%) | unit, then Award | formula (#,##0.00) | nothing: formats only in the middle column. */
const rateBlock: Block = {
  rows: 2,
  cols: 3,
  cellsAt: () => [
    [{ value: "rate" }, { value: 0.3, numberFormat: "0.00%" }, { value: "%" }],
    [{ value: "Award" }, { formula: "=C2*2", numberFormat: "#,##0.00" }, {}],
  ],
};

const column = (rows: number, width = 1): Block => ({
  rows,
  cols: width,
  cellsAt: () =>
    Array.from({ length: rows }, () => Array.from({ length: width }, () => ({ value: "new" }))),
});

afterEach(() => FakeExcel.uninstall());

describe("insert keeps what a cell holds (Excel)", () => {
  it("a cell with only a number format, fill or note is free; the write keeps them and sets formats only where the block has one", async () => {
    const excel = new FakeExcel().install();
    excel
      .sheet()
      .set("B2", { numberFormat: "yyyy-mm-dd", fill: "#FFFF00", note: "keep me" })
      .set("C3", { numberFormat: "@" })
      .set("D3", { fill: "#FF0000", note: "mine" });
    const plan = await insertBlock(new ExcelHost(), at(1, 1), rateBlock);
    expect(plan).toEqual({ kind: "free", at: at(1, 1), unchecked: [] });
    const sheet = excel.sheet();
    // The label cell: the block sets no format, so the date format, fill and note stay.
    expect(sheet.cell("B2")).toEqual({
      value: "rate",
      numberFormat: "yyyy-mm-dd",
      fill: "#FFFF00",
      note: "keep me",
    });
    expect(sheet.cell("C2")).toEqual({ value: 0.3, numberFormat: "0.00%" });
    // The block's own format replaces the text format, before the formula goes in (else it stays text).
    expect(sheet.cell("C3")).toEqual({ formula: "=C2*2", numberFormat: "#,##0.00" });
    const c3 = excel.written.filter((w) => w.row === 2 && w.col === 2).map((w) => w.what);
    expect(c3).toEqual(["numberFormat", "formulas"]);
    // The block leaves D3 empty: it stays empty with its fill and note.
    expect(sheet.cell("D3")).toEqual({ fill: "#FF0000", note: "mine" });
    // Number formats reached only the two cells the block formats; no fill or font was set anywhere.
    expect(
      excel.written.filter((w) => w.what === "numberFormat").map((w) => [w.row, w.col])
    ).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(excel.formatWrites).toEqual([]);
    expect(excel.selected).toEqual({ sheet: "Sheet1", area: { row: 1, col: 1, rows: 2, cols: 3 } });
  });

  it("cells with only a fill or note below the values do not push the proposal down", async () => {
    const excel = new FakeExcel().install();
    excel
      .sheet()
      .set("A1", { value: 1 })
      .set("A2", { value: 2 })
      .set("A9", { fill: "#FFFF00" })
      .set("A20", { note: "later" });
    const plan = await insertBlock(new ExcelHost(), at(0, 0), column(2));
    expect(plan).toMatchObject({ kind: "occupied", blockedBy: ["content"], proposal: at(2, 0) }); // A3
  });
});

describe("merged areas (Excel)", () => {
  it("a merge whose top-left cell lies left of the target still blocks it; nothing is written into its hidden cells", async () => {
    const excel = new FakeExcel().install();
    // A1:B3 merged, its text in A1. The target B2:D3 covers B2 and B3, two hidden cells; asked about the
    // target alone, getMergedAreasOrNullObject would report nothing (its top-left cell A1 is outside).
    excel.sheet().set("A1", { value: "Title" }).merge("A1:B3");
    const plan = await insertBlock(new ExcelHost(), at(1, 1), rateBlock);
    // Room right below the merge: B4 (row 3).
    expect(plan).toEqual({
      kind: "occupied",
      at: at(1, 1),
      blockedBy: ["merge"],
      proposal: at(3, 1),
      unchecked: [],
    });
    expect(excel.written).toEqual([]);
  });

  it("the top-left cell of a merge inside the target is writable, its hidden cells are not", async () => {
    const excel = new FakeExcel().install();
    excel.sheet().merge("C6:D6");
    expect(await insertBlock(new ExcelHost(), at(5, 1), column(1, 2))).toMatchObject({
      kind: "free",
    }); // B6:C6
    expect(excel.sheet().cell("C6")).toEqual({ value: "new" });
    const plan = await insertBlock(new ExcelHost(), at(6, 2), column(1, 1)); // C7: free
    expect(plan.kind).toBe("free");
    const blocked = await insertBlock(new ExcelHost(), at(5, 3), column(1, 1)); // D6: hidden
    expect(blocked).toMatchObject({ kind: "occupied", blockedBy: ["merge"], proposal: at(6, 3) });
    expect(excel.written.some((w) => w.row === 5 && w.col === 3)).toBe(false);
  });

  it("a tall merge is jumped past in one step, not row by row", async () => {
    const excel = new FakeExcel().install();
    excel.sheet().set("B2", { value: "x" }).merge("B2:B5000");
    const before = excel.syncs;
    const plan = await insertBlock(new ExcelHost(), at(9, 1), column(2)); // B10:B11, hidden cells
    // Below the merge's last row (B5000, row 4999): B5001.
    expect(plan).toMatchObject({ kind: "occupied", blockedBy: ["merge"], proposal: at(5000, 1) });
    // Target, last used row, one candidate.
    expect(excel.syncs - before).toBe(3);
  });
});

describe("spills (Excel)", () => {
  /** D1 spills D1:D6: 1, 2, then four blank cells. */
  function spillingSheet(apiVersion?: string) {
    const excel = new FakeExcel(apiVersion).install();
    excel.sheet().set("D1", {
      formula: '=IF(SEQUENCE(6)<3,SEQUENCE(6),"")',
      spill: [[1], [2], [""], [""], [""], [""]],
    });
    return excel;
  }

  it("the fake is faithful: writing into the blank part of a spill turns its formula into #SPILL!", async () => {
    const excel = spillingSheet();
    expect(excel.sheet().value(0, 3)).toBe(1);
    await new ExcelHost().writeBlock(at(3, 3), [[{ value: "x" }]]);
    expect(excel.sheet().value(0, 3)).toBe("#SPILL!");
  });

  it("the blank part of another formula's spill is not empty: nothing is written there, and room is proposed below the spill", async () => {
    const excel = spillingSheet();
    const host = new ExcelHost();
    const plan = await insertBlock(host, at(3, 3), column(2)); // D4:D5, blank spill cells
    expect(plan).toEqual({
      kind: "occupied",
      at: at(3, 3),
      blockedBy: ["spill"],
      proposal: at(6, 3), // D7, right below the spill's last row D6
      unchecked: [],
    });
    expect(excel.written).toEqual([]);
    expect(
      await insertBlock(host, plan.kind === "occupied" ? plan.proposal! : at(0, 0), column(2))
    ).toMatchObject({
      kind: "free",
    });
    expect(excel.sheet().value(0, 3)).toBe(1); // the formula still spills
    expect(excel.sheet().cell("D7")).toEqual({ value: "new" });
  });

  it("where ExcelApi 1.13 is missing (1.12 present), merges are not checked and the plan says so; spills still are", async () => {
    spillingSheet("1.12");
    // The fake throws if the host calls getMergedAreasOrNullObject anyway.
    const plan = await insertBlock(new ExcelHost(), at(3, 3), column(1));
    expect(plan).toMatchObject({
      kind: "occupied",
      blockedBy: ["spill"],
      proposal: at(6, 3),
      unchecked: ["merge"],
    });
  });

  it("where ExcelApi 1.12 is missing, spills are not checked either (and getSpillParentOrNullObject is never called)", async () => {
    const excel = spillingSheet("1.11");
    const plan = await insertBlock(new ExcelHost(), at(7, 3), column(1));
    expect(plan).toMatchObject({ kind: "free", at: at(7, 3) });
    expect(plan.unchecked.sort()).toEqual(["merge", "spill"]);
    expect(excel.sheet().cell("D8")).toEqual({ value: "new" });
  });
});

describe("finding room costs a bounded number of round trips (Excel)", () => {
  const rd = catalog.functionByName.get("HLJ_RD_SUBSIDY")!.fn;
  const text = { unit: () => "yuan", award: "Award", yuan: "yuan", omitted: "omitted" };

  async function roomBelowFilledColumn(filledRows: number) {
    const excel = new FakeExcel().install();
    const sheet = excel.sheet();
    for (let row = 1; row <= filledRows; row++) sheet.set(`A${row}`, { value: row });
    const block = inputBlock(rd, [8_000_000, 6_000_000, 0.02, 0.1], text);
    const host = new ExcelHost();
    const plan = await insertBlock(host, at(0, 0), block);
    const planSyncs = excel.syncs;
    const confirmed = await insertBlock(
      host,
      plan.kind === "occupied" ? plan.proposal! : at(0, 0),
      block
    );
    return { plan, confirmed, planSyncs, confirmSyncs: excel.syncs - planSyncs, excel, block };
  }

  it.each([10_000, 100_000])(
    "below %i filled rows: 3 syncs to propose, 2 to write, each reading only the block",
    async (rows) => {
      const { plan, confirmed, planSyncs, confirmSyncs, excel, block } =
        await roomBelowFilledColumn(rows);
      // Rows 1..N are filled (0-based 0..N-1): the block goes at row N.
      expect(plan).toMatchObject({
        kind: "occupied",
        blockedBy: ["content"],
        proposal: at(rows, 0),
      });
      expect(confirmed.kind).toBe("free");
      expect(excel.sheet().cell(`A${rows + 1}`)).toEqual({ value: "rd_last_year" });
      // Inspect the target, ask the last used row, inspect the proposal; then inspect again and write.
      expect(planSyncs).toBe(3);
      expect(confirmSyncs).toBe(2);
      // A sync loads at most the block's values and formulas plus two numbers per cell's spill parent:
      // 4 × (rows × 3 cells), a few kilobytes — far under Excel on the web's 5 MB per request.
      const cells = block.rows * block.cols;
      expect(Math.max(...excel.loadedCells)).toBeLessThanOrEqual(4 * cells);
    }
  );

  it("gives up after MAX_PROPOSALS blocked candidates rather than walking the sheet", async () => {
    const excel = new FakeExcel().install();
    // Formulas in column A, each spilling 3 rows × 2 columns whose B half is blank: the used range of B:C
    // sees nothing (blank spill cells hold no value), so every candidate meets the next spill.
    const sheet = excel.sheet();
    for (let k = 0; k < MAX_PROPOSALS + 2; k++)
      sheet.set(`A${1 + 3 * k}`, {
        formula: "=spill",
        spill: [
          [1, ""],
          [1, ""],
          [1, ""],
        ],
      });
    const plan = await insertBlock(new ExcelHost(), at(0, 1), column(2, 2)); // B1:C2
    expect(plan).toMatchObject({ kind: "occupied", blockedBy: ["spill"], proposal: null });
    // The target and each of the MAX_PROPOSALS candidates (B4, B7, B10, B13): one sync to inspect, one for
    // where the spill ends; plus one for the last used row.
    expect(excel.syncs).toBe(2 + 1 + 2 * MAX_PROPOSALS);
    expect(excel.written).toEqual([]);
  });
});
