import { HyperFormula, type RawCellContent } from "hyperformula";
import { type ParamSpec, catalog, nativeFormula } from "../../../src";
import type { CellContent } from "../../../taskpane/host/types";
import { inputBlock } from "../../../taskpane/insert/block";
import { HF_CONFIG } from "../../support/hyperformula";

const text = {
  unit: (p: ParamSpec) => `<${p.unit}>`,
  award: "Award",
  yuan: "yuan",
  omitted: "omitted",
};
const rd = catalog.functionByName.get("HLJ_RD_SUBSIDY")!.fn;

describe("the labelled input block", () => {
  const block = inputBlock(
    rd,
    [8_000_000, 6_000_000, 0.02, 0.1, undefined, "SPLIT", undefined],
    text
  );
  const cells = block.cellsAt({ sheet: "Sheet1", row: 1, col: 3 }); // D2

  it("has one row per parameter and an award row, in three columns", () => {
    expect([block.rows, block.cols]).toEqual([rd.params.length + 1, 3]);
    expect(cells.map((r) => r[0].value)).toEqual([...rd.params.map((p) => p.name), "Award"]);
    expect(cells.every((r) => r.length === 3)).toBe(true);
  });

  it("writes values with number formats: amounts #,##0.00, rates 0.00%", () => {
    expect(cells[0][1]).toEqual({ value: 8_000_000, numberFormat: "#,##0.00" });
    expect(cells[2][1]).toEqual({ value: 0.02, numberFormat: "0.00%" });
    expect(cells[5][1]).toEqual({ value: "SPLIT", numberFormat: undefined });
    expect(cells[0][2].value).toBe("<yuan>");
  });

  it("an omitted optional with a default is written as that default; without one it is left out of the formula", () => {
    expect(cells[4][1].value).toBe(0); // received_to_date, default 0
    expect(cells[6][1].value).toBeUndefined(); // base_annual_cap: no default
    expect(cells[6][2].value).toBe("<yuan> (omitted)");
  });

  it("the award row's formula refers to the value cells", () => {
    expect(cells[7][1]).toEqual({
      formula: "=SUBSIDY.HLJ_RD_SUBSIDY(E2,E3,E4,E5,E6,E7)",
      numberFormat: "#,##0.00",
    });
    expect(cells[7][2].value).toBe("yuan");
  });

  it("a range parameter is a vertical list under its label, referenced as a range", () => {
    const fn = catalog.clauses.find((c) => c.fn?.params.some((p) => p.kind === "amounts"))!.fn!;
    const i = fn.params.findIndex((p) => p.kind === "amounts");
    const args: unknown[] = fn.params.map(() => undefined);
    args[i] = [[100], [200], [300]];
    const b = inputBlock(fn, args, text);
    expect(b.rows).toBe(fn.params.length + 3);
    const out = b.cellsAt({ sheet: "Sheet1", row: 0, col: 0 });
    expect(out[i][0].value).toBe(fn.params[i].name);
    expect([out[i][1].value, out[i + 1][1].value, out[i + 2][1].value]).toEqual([100, 200, 300]);
    expect([out[i + 1][0].value, out[i + 2][0].value]).toEqual([undefined, undefined]);
    expect(out[out.length - 1][1].formula).toContain(`B${i + 1}:B${i + 3}`);
  });
});

/** The native option: the award row's twin over the block's own cells, computed without the add-in. */
describe("the labelled input block with a native formula", () => {
  /** The block's cells at D2 of an otherwise empty sheet, computed by HyperFormula (no SUBSIDY functions). */
  function computedAward(cells: CellContent[][]): unknown {
    const grid: RawCellContent[][] = [
      [],
      ...cells.map((line) => [null, null, null, ...line.map((c) => c.formula ?? c.value ?? null)]),
    ];
    const hf = HyperFormula.buildFromArray(grid, { ...HF_CONFIG, useArrayArithmetic: true });
    const value = hf.getCellValue({ sheet: 0, row: cells.length, col: 4 });
    hf.destroy();
    return value;
  }

  it("the award row is the twin over the value cells, marked, with no SUBSIDY call", () => {
    const args = [8_000_000, 6_000_000, 0.02, 0.1, undefined, "SPLIT", undefined];
    const cells = inputBlock(rd, args, text, "native").cellsAt({ sheet: "Sheet1", row: 1, col: 3 });
    // Same cells as the add-in's block: only the award's formula differs.
    const addin = inputBlock(rd, args, text).cellsAt({ sheet: "Sheet1", row: 1, col: 3 });
    expect(cells.slice(0, -1)).toEqual(addin.slice(0, -1));
    const award = cells[7][1];
    expect(award.numberFormat).toBe("#,##0.00");
    expect(award.formula!.startsWith("=IF(")).toBe(true);
    expect(award.formula!.endsWith('+N("SUBSIDY:HLJ_RD_SUBSIDY")')).toBe(true);
    expect(award.formula).not.toContain("SUBSIDY.");
    // base_annual_cap (E8) is omitted, as in the add-in's call: the twin does not read it.
    expect(award.formula).toBe(
      nativeFormula("HLJ_RD_SUBSIDY", ["E2", "E3", "E4", "E5", "E6", "E7", undefined])
    );
    expect(award.formula).not.toContain("E8");
    // SPLIT: stock min(8,000,000, 6,000,000) × 0.02 = 120,000; increment 2,000,000 × 0.1 = 200,000;
    // 320,000 × 1.5 = 480,000, under 15,000,000 − 0 received.
    expect(computedAward(cells)).toBe(480_000);
  });

  it("a list of amounts is referenced as its range inside SUMPRODUCT", () => {
    const firstSet = catalog.functionByName.get("HLJ_FIRST_SET_AWARD")!.fn;
    const cells = inputBlock(
      firstSet,
      [[[600_000], [400_000], [5_000_000]], 100_000],
      text,
      "native"
    ).cellsAt({ sheet: "Sheet1", row: 1, col: 3 });
    // unit_prices E2:E4, received_to_date E5, the award in E6.
    const formula = cells[4][1].formula!;
    expect(formula).toContain("SUMPRODUCT((E2:E4>=500000)");
    expect(formula.endsWith('+N("SUBSIDY:HLJ_FIRST_SET_AWARD")')).toBe(true);
    // 300,000 + 0 (under 500,000) + 2,000,000 (per-unit cap) = 2,300,000, under 5,000,000 − 100,000 received.
    expect(computedAward(cells)).toBe(2_300_000);
  });
});
