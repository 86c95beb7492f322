import { HyperFormula } from "hyperformula";
import { catalog, nativeFormula } from "../../../src";
import { formulaLiteral as literal } from "../../../src/format/formula-literal";
import { callFormula, formulaBlock, nativeLiteralProblem } from "../../../taskpane/insert/formula";
import { HF_CONFIG } from "../../support/hyperformula";

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

/**
 * The native option: the twin over the same literals, computed here by HyperFormula with no SUBSIDY function
 * registered (array arithmetic on, as issue 14 requires for mask formulas), so only ordinary functions count.
 */
describe("native formulas over the calculator's literals", () => {
  const fn = (name: string) => catalog.functionByName.get(name)!.fn;
  const computed = (formula: string): unknown => {
    const hf = HyperFormula.buildFromArray([[formula]], { ...HF_CONFIG, useArrayArithmetic: true });
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    hf.destroy();
    return value;
  };
  const formulaOf = (block: ReturnType<typeof formulaBlock>) =>
    block.cellsAt({ sheet: "Sheet1", row: 0, col: 0 })[0][0].formula!;

  it("the twin with the function's marker, no SUBSIDY call, amount-formatted", () => {
    const block = formulaBlock(fn("HZ_SCENARIO_AWARD"), [1_500_000], "native");
    const [[cell]] = block.cellsAt({ sheet: "Sheet1", row: 0, col: 0 });
    expect(cell.numberFormat).toBe("#,##0.00");
    // A literal argument's guard is decided when the formula is written (1,500,000 is a valid amount),
    // so no IF(guard, …, NA()) is left: the twin under MAX(0, ·) and ROUND.
    expect(cell.formula!.startsWith("=ROUND(MAX(0,")).toBe(true);
    expect(cell.formula!.endsWith('+N("SUBSIDY:HZ_SCENARIO_AWARD")')).toBe(true);
    expect(cell.formula).not.toContain("SUBSIDY.");
    expect(cell.formula).toContain("1500000*0.5");
    // Spec HZ_SCENARIO_AWARD example 1: 1,500,000 × 0.50 = 750,000 (under the 2,000,000 cap).
    expect(computed(cell.formula!)).toBe(750_000);
  });

  it("omitted optionals are omitted (their default read), not empty arguments", () => {
    const rd = fn("HLJ_RD_SUBSIDY");
    const args = [8_000_000, 6_000_000, 0.02, 0.1, undefined, "TOTAL", undefined];
    const formula = formulaOf(formulaBlock(rd, args, "native"));
    expect(formula).toBe(
      nativeFormula("HLJ_RD_SUBSIDY", [
        "8000000",
        "6000000",
        "0.02",
        "0.1",
        undefined,
        '"TOTAL"',
        undefined,
      ])
    );
    expect(formula).not.toMatch(/\(,|,,|,\)/);
    // received_to_date omitted: its default 0 leaves the whole 15,000,000 cumulative cap.
    expect(formula).toContain("MAX(0,15000000)");
    // TOTAL: stock 8,000,000 × 0.02 = 160,000; increment (8,000,000 − 6,000,000) × 0.1 = 200,000;
    // (160,000 + 200,000) × 1.5 = 540,000, under the 15,000,000 cap with nothing received.
    expect(computed(formula)).toBe(540_000);
  });

  it("a list of amounts is an array constant the twin reads with SUMPRODUCT", () => {
    const firstSet = fn("HLJ_FIRST_SET_AWARD");
    const formula = formulaOf(
      formulaBlock(firstSet, [[[600_000], [400_000], [5_000_000]], undefined], "native")
    );
    expect(formula).toContain("{600000;400000;5000000}");
    expect(formula).toContain("SUMPRODUCT(");
    expect(formula).not.toContain("SUBSIDY.");
    // 600,000 × 0.5 = 300,000; 400,000 is under the 500,000 threshold: 0; 5,000,000 × 0.5 = 2,500,000 →
    // the 2,000,000 per-unit cap. 300,000 + 2,000,000 = 2,300,000, under the 5,000,000 annual cap.
    expect(computed(formula)).toBe(2_300_000);
    expect(nativeLiteralProblem(firstSet, [[[600_000], [400_000], [5_000_000]]])).toBeUndefined();
  });

  it("too many amounts for one formula: the problem is Excel's length limit, and nothing is built", () => {
    const firstSet = fn("HLJ_FIRST_SET_AWARD");
    // 400 prices of "1234567.89;" are 4,400 characters, and the twin writes the list more than twice.
    const prices = Array.from({ length: 400 }, () => [1_234_567.89]);
    expect(nativeLiteralProblem(firstSet, [prices])).toMatch(/8192/);
    expect(() => formulaBlock(firstSet, [prices], "native")).toThrow(/8192/);
    // The add-in's call names the list once: about 4,400 characters, within the limit.
    expect(formulaOf(formulaBlock(firstSet, [prices])).length).toBeLessThan(8192);
  });
});
