/**
 * The preview's operators as Excel applies them to ranges and arrays: element by element, a 1 × 1 array,
 * a single row or a single column stretched to the other side's size, #N/A where neither covers a
 * position, an error kept in its element; two scalars still give a scalar.
 */
import FormulaParser from "fast-formula-parser";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import type { CellContent } from "../../../taskpane/host/types";
import { concatOp, mathOp, percentOp, unaryOp } from "../../../taskpane/preview/arrays";
import { compareOp } from "../../../taskpane/preview/excel-functions";
import { createEvaluator } from "../../../taskpane/preview/formulas";

const { FormulaError } = FormulaParser;
const evaluator = createEvaluator();

async function sheet(rows: CellContent[][]) {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(evaluator);
  await wb.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, rows);
  return wb;
}
const v = (value: unknown) => ({ kind: "value", value });
const error = (code: string) => expect.objectContaining({ kind: "error", code });
const f = (formula: string): CellContent => ({ formula });
const c = (value: string | number | boolean): CellContent => ({ value });

describe("operators element by element", () => {
  it("a scalar with an array, a row with a column, a 1 × 1 array with a grid", () => {
    expect(mathOp([[600_000], [400_000], [1_000_000]], "*", 0.5)).toEqual([
      [300_000],
      [200_000],
      [500_000],
    ]);
    // {1,2,3} × {10;20}: the row stretched down, the column across → 2 × 3
    expect(mathOp([[1, 2, 3]], "*", [[10], [20]])).toEqual([
      [10, 20, 30],
      [20, 40, 60],
    ]);
    expect(
      mathOp([[2]], "*", [
        [1, 2],
        [3, 4],
      ])
    ).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(mathOp(2, "+", 3)).toBe(5);
  });

  it("arrays of different sizes: #N/A where the shorter one ends", () => {
    expect(mathOp([[1, 2, 3]], "+", [[1, 2]])).toEqual([[2, 4, FormulaError.NA]]);
  });

  it("errors stay in their element; text, blanks and logical values as Excel's arithmetic reads them", () => {
    expect(mathOp([[1, FormulaError.DIV0]], "+", 1)).toEqual([[2, FormulaError.DIV0]]);
    expect(mathOp([["abc", "12", " 7 ", null, true]], "*", 2)).toEqual([
      [FormulaError.VALUE, 24, 14, 0, 2],
    ]);
    expect(mathOp([[1, 0]], "/", [[0, 2]])).toEqual([[FormulaError.DIV0, 0]]);
    // 0^0 is #NUM!, 0 to a negative power #DIV/0!, 2^10 = 1024
    expect(mathOp([[0, 0, 2]], "^", [[0, -1, 10]])).toEqual([
      [FormulaError.NUM, FormulaError.DIV0, 1024],
    ]);
  });

  it("comparisons, &, signs and % element by element", () => {
    expect(compareOp([[null, "a", 5]], "=", "")).toEqual([[true, false, false]]);
    expect(compareOp([[400_000, 500_000, 600_000]], ">=", 500_000)).toEqual([[false, true, true]]);
    expect(concatOp([["a", "b"]], "&", 1)).toEqual([["a1", "b1"]]);
    expect(concatOp(true, "&", null)).toBe("TRUE");
    expect(unaryOp(["-", "-"], [[true, false]])).toEqual([[1, 0]]);
    expect(unaryOp(["-"], [[5, "x"]])).toEqual([[-5, FormulaError.VALUE]]);
    expect(percentOp([[50, 5]])).toEqual([[0.5, 0.05]]);
  });
});

describe("array formulas in the preview workbook", () => {
  // A1:A3 = 600,000 / 400,000 / 1,000,000 in every case below
  const amounts = [[c(600_000)], [c(400_000)], [c(1_000_000)]];

  it("SUMPRODUCT(A1:A3*0.5) = (600,000 + 400,000 + 1,000,000) × 0.5 = 1,000,000", async () => {
    const wb = await sheet([[...amounts[0], f("=SUMPRODUCT(A1:A3*0.5)")], ...amounts.slice(1)]);
    expect(wb.value(0, 1)).toEqual(v(1_000_000));
  });

  it("a mask formula: threshold 500,000, rate 0.5, per-item cap 400,000", async () => {
    // 600,000 ≥ 500,000 and 300,000 ≤ 400,000 → 300,000; 400,000 < 500,000 → nothing;
    // 1,000,000 ≥ 500,000 but 500,000 > 400,000 → capped at 400,000. 300,000 + 400,000 = 700,000.
    const wb = await sheet([
      [
        ...amounts[0],
        f(
          "=SUMPRODUCT((A1:A3>=500000)*(A1:A3*0.5<=400000)*A1:A3*0.5)+400000*SUMPRODUCT((A1:A3>=500000)*(A1:A3*0.5>400000))"
        ),
      ],
      ...amounts.slice(1),
    ]);
    expect(wb.value(0, 1)).toEqual(v(700_000));
  });

  it("-- turns a mask into numbers: two of the three amounts are above 500,000", async () => {
    const wb = await sheet([
      [...amounts[0], f("=SUMPRODUCT(--(A1:A3>500000))"), f("=SUMPRODUCT((A1:A3>500000)*1)")],
      ...amounts.slice(1),
    ]);
    expect(wb.value(0, 1)).toEqual(v(2));
    expect(wb.value(0, 2)).toEqual(v(2));
  });

  it("an error cell inside the range is the result; a blank cell is 0", async () => {
    const wb = await sheet([
      [c(5), f("=SUMPRODUCT((A1:A3>0)*A1:A3)"), f("=SUMPRODUCT(A1:A2*2)")],
      [{}],
      [f("=1/0")],
    ]);
    expect(wb.value(0, 1)).toEqual(error("#DIV/0!"));
    // (5 + blank) × 2 = 10
    expect(wb.value(0, 2)).toEqual(v(10));
  });

  it("over single cells a formula computes as before", async () => {
    const wb = await sheet([[c(4), c("x"), f("=A1*2+1"), f("=B1*2"), f('=A1&"-"&B1'), f("=-A1")]]);
    expect([2, 3, 4, 5].map((col) => wb.value(0, col))).toEqual([
      v(9),
      error("#VALUE!"),
      v("4-x"),
      v(-4),
    ]);
  });
});
