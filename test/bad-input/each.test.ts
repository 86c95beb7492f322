/**
 * SUBSIDY.EACH(function_name, args…): element-wise application for whole-column models, and how it keeps a
 * bad row from hiding or spreading: each invalid element shows its own error in its own cell; mismatched
 * range shapes are #VALUE! naming the argument; range parameters of the clause are passed whole.
 */
import { toExcelValue } from "../../functions/excel-errors";
import { excelFunction, toInvokeArgs } from "../../functions/register";
import { functionMetadata } from "../../functions/metadata";
import { SubsidyError } from "../../src/engine/errors";
import { functionByName } from "../../src/policies";
import { calculate, sheetFunctionByName } from "../../src/sheet-functions";
import { documentedSheetFunctions } from "../../src/sheet-functions/documented";
import { isElementError, mapElementErrors } from "../../src/sheet-functions/each";
import { buildHyperFormula } from "../support/hyperformula";

const each = sheetFunctionByName.get("EACH")!;
const invocation = { address: "Sheet1!B2" };

function thrown(f: () => unknown): SubsidyError {
  try {
    f();
  } catch (e) {
    return e as SubsidyError;
  }
  throw new Error("expected a throw");
}

describe("SUBSIDY.EACH", () => {
  it("applies HZ_SCENARIO_AWARD down a column: 50% of each investment, capped at 2,000,000", () => {
    // 1,500,000 × 0.5 = 750,000; 6,000,000 × 0.5 = 3,000,000 → cap 2,000,000; 0 → 0
    expect(calculate("EACH", ["HZ_SCENARIO_AWARD", [[1_500_000], [6_000_000], [0]]])).toEqual([
      [750_000],
      [2_000_000],
      [0],
    ]);
  });

  it("broadcasts single cells against ranges of one shape, and spills in that shape (2-D)", () => {
    // HLJ_RD_SUBSIDY(last, prior, 0.02, 0.1): 8,000,000 / 6,000,000 → (120,000 + 200,000) × 1.5 = 480,000;
    // 480,000 < 500,000 → 0; 3,000,000 / 4,000,000 → 60,000 × 1.5 = 90,000; 8,000,000 / 8,000,000 → 160,000 × 1.5 = 240,000
    const last = [
      [8_000_000, 480_000],
      [3_000_000, 8_000_000],
    ];
    const prior = [
      [6_000_000, 300_000],
      [4_000_000, 8_000_000],
    ];
    expect(calculate("EACH", ["HLJ_RD_SUBSIDY", last, prior, [[0.02]], 0.1])).toEqual([
      [480_000, 0],
      [90_000, 240_000],
    ]);
  });

  it("shows an invalid element's error in that element only", () => {
    const out = calculate("EACH", [
      "HZ_SCENARIO_AWARD",
      [[1_000_000], ["abc"], [-1], [Infinity], [2_000_000]],
    ]) as unknown[][];
    expect(out[0][0]).toBe(500_000); // 1,000,000 × 0.5
    expect(out[1][0]).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must be a number",
    });
    expect(out[2][0]).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must not be negative",
    });
    expect(out[3][0]).toMatchObject({
      code: "#NUM!",
      message: "actual_investment must be a finite number",
    });
    expect(out[4][0]).toBe(1_000_000); // 2,000,000 × 0.5
    expect(isElementError(out[1][0])).toBe(true);
    expect(isElementError(out[0][0])).toBe(false);
  });

  it("an element below the band of a range award is #NUM! in that element (compute-time errors too)", () => {
    // HLJ_KEYTECH_GRANT: 5,000,000–10,000,000 band; 3,000,000 is inside (0, 5,000,000): #NUM!
    const out = calculate("EACH", [
      "HLJ_KEYTECH_GRANT",
      [[8_000_000], [3_000_000], [12_000_000]],
    ]) as unknown[][];
    expect(out[0][0]).toBe(8_000_000);
    expect(out[1][0]).toMatchObject({ code: "#NUM!" });
    expect(out[2][0]).toBe(10_000_000);
  });

  it("mismatched range shapes are #VALUE! naming the argument", () => {
    const e = thrown(() =>
      calculate("EACH", [
        "HLJ_RD_SUBSIDY",
        [[8_000_000], [3_000_000]],
        [[6_000_000], [4_000_000], [1]],
        0.02,
        0.1,
      ])
    );
    expect(e).toMatchObject({ code: "#VALUE!", param: "rd_prior_year" });
    expect(e.message).toMatch(/^rd_prior_year is a 3×1 range but rd_last_year is 2×1/);
  });

  it("passes range parameters of the clause function whole (not broadcast)", () => {
    // HLJ_FIRST_SET_AWARD(unit_prices, received): the prices go whole to every element; received broadcasts.
    // prices 1,200,000 and 3,000,000 → 600,000 + min(1,500,000, 2,000,000) = 2,100,000;
    // room 5,000,000 − 0 = 5,000,000 → 2,100,000; − 4,000,000 → 1,000,000; − 6,000,000 → 0
    const prices = [[1_200_000], [3_000_000]];
    expect(
      calculate("EACH", ["HLJ_FIRST_SET_AWARD", prices, [[0], [4_000_000], [6_000_000]]])
    ).toEqual([[2_100_000], [1_000_000], [0]]);
  });

  it("a jagged range is #VALUE! naming the argument (a missing cell used to take the default)", () => {
    // HLJ_RD_SUBSIDY(last, prior, base_ratio, ratio): rd_prior_year's second row is one cell short
    const e = thrown(() =>
      calculate("EACH", [
        "HLJ_RD_SUBSIDY",
        [
          [8_000_000, 8_000_000],
          [3_000_000, 3_000_000],
        ],
        [[6_000_000, 6_000_000], [4_000_000]],
        0.02,
        0.1,
      ])
    );
    expect(e).toMatchObject({
      code: "#VALUE!",
      param: "rd_prior_year",
      message: "rd_prior_year is not a rectangular range: row 2 has 1 cell, row 1 has 2 cells",
    });
  });

  it("error values stay in their elements, with their own code where Excel can show it", () => {
    // HZ_SCENARIO_AWARD down [2,000,000; #N/A; #REF!]: 1,000,000; #N/A; #VALUE! "… is #REF!"
    const out = calculate("EACH", [
      "HZ_SCENARIO_AWARD",
      [[2_000_000], [{ code: "#N/A" }], [{ type: "Error", errorType: "Ref" }]],
    ]) as unknown[][];
    expect(out[0][0]).toBe(1_000_000);
    expect(out[1][0]).toMatchObject({ code: "#N/A", message: "actual_investment is #N/A" });
    expect(out[2][0]).toMatchObject({ code: "#VALUE!", message: "actual_investment is #REF!" });
  });

  it("element errors carry no stack trace (they are results), and the trace limit is restored", () => {
    const limit = Error.stackTraceLimit;
    const out = calculate("EACH", ["HZ_SCENARIO_AWARD", [[null], ["x"]]]) as SubsidyError[][];
    expect(out[0][0]).toMatchObject({ message: "actual_investment is required" });
    for (const [e] of out) expect(e.stack ?? "").not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it("with a clause's own range, validates it once and computes each distinct row once (linear work)", () => {
    // 1,000 rows alternating received 0 / 4,000,000 against 4 prices of 1,200,000:
    // 4 × 600,000 = 2,400,000; room 5,000,000 → 2,400,000; room 1,000,000 → 1,000,000
    const reads = { count: 0 };
    const prices = Array.from({ length: 4 }, () => {
      const row: number[] = [];
      Object.defineProperty(row, 0, {
        get: () => (reads.count++, 1_200_000),
        enumerable: true,
      });
      return row;
    });
    const received = Array.from({ length: 1000 }, (_, i) => [i % 2 ? 4_000_000 : 0]);
    const { fn } = functionByName.get("HLJ_FIRST_SET_AWARD")!;
    const compute = jest.spyOn(fn, "compute");
    try {
      const out = calculate("EACH", ["HLJ_FIRST_SET_AWARD", prices, received]) as number[][];
      expect(out.map((r) => r[0])).toEqual(received.map(([r]) => (r ? 1_000_000 : 2_400_000)));
      expect(reads.count).toBe(4); // each price read once, not once per row (was 4 × 1,000)
      expect(compute).toHaveBeenCalledTimes(2); // one per distinct row (was 1,000)
    } finally {
      compute.mockRestore();
    }
  });

  it("an invalid range of the clause is still reported per element, in parameter order", () => {
    // unit_prices is the first parameter: every element shows its error
    const out = calculate("EACH", [
      "HLJ_FIRST_SET_AWARD",
      [[1_200_000], ["abc"]],
      [[0], [1]],
    ]) as unknown[][];
    for (const [e] of out)
      expect(e).toMatchObject({
        code: "#VALUE!",
        message: "unit_prices contains an invalid value at position 2",
      });
  });

  it("with single cells only, returns one element (1×1)", () => {
    expect(calculate("EACH", ["SUBSIDY.hz_scenario_award", [[1_000_000]]])).toEqual([[500_000]]);
  });

  it("an unknown function name, or too many arguments, is #VALUE! for the whole call", () => {
    expect(thrown(() => calculate("EACH", ["NOPE", [[1]]]))).toMatchObject({
      code: "#VALUE!",
      param: "function_name",
    });
    expect(thrown(() => calculate("EACH", ["HZ_SCENARIO_AWARD", [[1]], [[2]]]))).toMatchObject({
      code: "#VALUE!",
      param: "args",
    });
  });

  it("is declared with a repeating matrix parameter `args` and a matrix result", () => {
    const meta = functionMetadata(
      documentedSheetFunctions.find((f) => f.name === "EACH")!,
      "en",
      "https://localhost:3000/"
    );
    expect(meta.parameters).toEqual([
      expect.objectContaining({ name: "function_name", dimensionality: "scalar" }),
      expect.objectContaining({
        name: "args",
        dimensionality: "matrix",
        repeating: true,
        optional: true,
      }),
    ]);
    expect(meta.result).toEqual({ dimensionality: "matrix" });
  });

  it("Excel: the repeating arguments arrive as one array; element errors map to CustomFunctions.Error", () => {
    // Excel passes (function_name, [arg1, arg2…], invocation).
    expect(toInvokeArgs(each, ["HZ_SCENARIO_AWARD", [[[1_000_000], ["x"]]], invocation])).toEqual([
      "HZ_SCENARIO_AWARD",
      [[1_000_000], ["x"]],
    ]);
    const result = excelFunction(each)("HZ_SCENARIO_AWARD", [[[1_000_000], ["x"]]], invocation);
    const mapped = toExcelValue(result) as unknown[][];
    expect(mapped[0][0]).toBe(500_000);
    expect(mapped[1][0]).toBeInstanceOf(CustomFunctions.Error);
    expect(mapped[1][0]).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must be a number",
    });
    expect(toExcelValue(42)).toBe(42);
  });

  it("mapElementErrors copies only rows that hold an error", () => {
    const clean = [[1], [2]];
    expect(mapElementErrors(clean, () => "E")).toBe(clean);
    const withError = [[1], [new SubsidyError("#NUM!", "m")]];
    const mapped = mapElementErrors(withError, (e) => e.code) as unknown[][];
    expect(mapped).toEqual([[1], ["#NUM!"]]);
    expect(mapped[0]).toBe(withError[0]);
  });

  it("spills in a spreadsheet (HyperFormula oracle): the bad row shows #VALUE!, the others their awards", () => {
    const hf = buildHyperFormula([
      [1_500_000, '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",A1:A3)'],
      ["abc"],
      [6_000_000],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(750_000);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 1 })).toMatchObject({
      value: "#VALUE!",
      message: "actual_investment must be a number",
    });
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 1 })).toBe(2_000_000);
    hf.destroy();
  });
});
