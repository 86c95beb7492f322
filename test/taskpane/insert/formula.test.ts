import { catalog } from "../../../src";
import { formulaLiteral as literal } from "../../../src/format/formula-literal";
import { callFormula, formulaBlock } from "../../../taskpane/insert/formula";

describe("formula literals", () => {
  it("numbers, booleans, strings (quotes doubled), ranges as array constants", () => {
    expect(literal(8_000_000)).toBe("8000000");
    expect(literal(0.02)).toBe("0.02");
    expect(literal(1e21)).toBe("1E+21");
    expect(literal(true)).toBe("TRUE");
    expect(literal("SPLIT")).toBe('"SPLIT"');
    expect(literal('say "hi"')).toBe('"say ""hi"""');
    expect(literal([[1], [2], [3]])).toBe("{1;2;3}");
    expect(literal(undefined)).toBe("");
  });

  it("drops omitted trailing arguments and leaves omitted middle ones empty", () => {
    expect(callFormula("F", ["1", "", "3", "", ""])).toBe("=SUBSIDY.F(1,,3)");
    expect(callFormula("F", ["", ""])).toBe("=SUBSIDY.F()");
  });

  it("writes the calculator's values into one amount-formatted cell", () => {
    const rd = catalog.functionByName.get("HLJ_RD_SUBSIDY")!.fn;
    const block = formulaBlock(rd, [
      8_000_000,
      6_000_000,
      0.02,
      0.1,
      undefined,
      "TOTAL",
      undefined,
    ]);
    expect([block.rows, block.cols]).toEqual([1, 1]);
    expect(block.cellsAt({ sheet: "Sheet1", row: 0, col: 0 })).toEqual([
      [
        {
          formula: '=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,,"TOTAL")',
          numberFormat: "#,##0.00",
        },
      ],
    ]);
  });
});
