/**
 * One item-key rule (issue 11; rules/item-key.ts), in JS, in the sheet expression, in STACK and in the
 * scenario sheet's shared-cap wiring.
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
import { itemKey, itemKeyFormula } from "../../src/rules/item-key";
import { stackRows, stackTotal } from "../../src/rules/stack";
import { planToGrid } from "../../src/workbook/plan";
import { generateScenario } from "../../src/workbook/scenario/sheet";
import { MemoryWorkbook } from "../../taskpane/host/memory";
import { createEvaluator } from "../../taskpane/preview/formulas";
import { evaluateFormula } from "../support/hyperformula";
import { type Grid, HARBIN, award, hfScenario, setInput, yearly } from "../workbook/fixtures";

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
