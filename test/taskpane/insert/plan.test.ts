import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { firstEmptyBlockBelow, insertBlock, isEmptyCell } from "../../../taskpane/insert/plan";
import type { Block } from "../../../taskpane/insert/plan";

const at = (row: number, col: number) => ({ sheet: "Sheet1", row, col });
const block = (rows: number, cols: number, value = "x"): Block => ({
  rows,
  cols,
  cellsAt: () =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ value }))),
});

describe("never overwrite", () => {
  it('an empty cell is empty in values and formulas; a formula returning "" is not', () => {
    expect(isEmptyCell("", "")).toBe(true);
    expect(isEmptyCell("", '=A1&""')).toBe(false);
    expect(isEmptyCell(0, 0)).toBe(false);
  });

  it("writes into an empty target", async () => {
    const wb = new MemoryWorkbook();
    expect(await insertBlock(wb, at(1, 1), block(2, 2))).toEqual({ kind: "free", at: at(1, 1) });
    expect(wb.content(2, 2)).toEqual({ value: "x" });
  });

  it("a non-empty target: nothing written, the first empty block below in the same columns proposed", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(at(0, 0), [[{ value: "keep" }], [{ value: "keep" }]]); // A1:A2
    await wb.writeBlock(at(4, 1), [[{ value: "keep" }]]); // B5
    const plan = await insertBlock(wb, at(0, 0), block(3, 2, "new"));
    // A3:B5 would hit B5; A6:B8 is the first empty 3×2 block below.
    expect(plan).toEqual({ kind: "occupied", at: at(0, 0), proposal: at(5, 0) });
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

  it("looks past the first screenful of rows", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(
      at(0, 0),
      Array.from({ length: 600 }, () => [{ value: 1 }])
    );
    expect(await firstEmptyBlockBelow(wb, at(1, 0), 2, 1)).toEqual(at(600, 0));
  });

  it("a formula cell counts as non-empty even when it shows nothing", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeBlock(at(0, 0), [[{ formula: '=""' }]]);
    expect(await insertBlock(wb, at(0, 0), block(1, 1))).toMatchObject({ kind: "occupied" });
  });
});
