import { type ParamSpec, catalog } from "../../../src";
import { inputBlock } from "../../../taskpane/insert/block";

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
