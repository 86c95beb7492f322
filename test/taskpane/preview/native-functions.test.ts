/**
 * The preview evaluates native formulas as Excel does: array arithmetic and comparisons inside SUMPRODUCT
 * (a range on either side of an operator, element by element), and the functions twins use with Excel's
 * semantics. Expected values are worked out by hand beside each check.
 */
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import type { CellContent } from "../../../taskpane/host/types";
import { NATIVE_FUNCTIONS } from "../../../src/native/lint";
import { excelFunctions } from "../../../taskpane/preview/excel-functions";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import { nativeFunctions } from "../../../taskpane/preview/native-functions";

const evaluator = createEvaluator();
const v = (value: unknown) => ({ kind: "value", value });
const err = (code: string) => expect.objectContaining({ kind: "error", code });
const f = (formula: string): CellContent => ({ formula });
const c = (value: string | number | boolean): CellContent => ({ value });

/** A sheet whose column A holds `column` (from A1 down), the formulas in row 1 from column C on; their values. */
async function evaluate(column: CellContent[], formulas: string[]): Promise<unknown[]> {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(evaluator);
  const rows = Math.max(column.length, 1);
  const block = Array.from({ length: rows }, (_, r) => [
    column[r] ?? {},
    {},
    ...(r === 0 ? formulas.map(f) : []),
  ]);
  await wb.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, block);
  return formulas.map((_, i) => wb.value(0, 2 + i));
}

const AMOUNTS = [c(600_000), c(400_000), c(1_000_000)];

describe("array arithmetic inside SUMPRODUCT", () => {
  it("a range times a scalar: every cell, not the first (600,000 + 400,000 + 1,000,000) × 0.5", async () => {
    // (600,000 + 400,000 + 1,000,000) × 0.5 = 2,000,000 × 0.5 = 1,000,000 (the parser alone gave 300,000)
    expect(await evaluate(AMOUNTS, ["=SUMPRODUCT(A1:A3*0.5)"])).toEqual([v(1_000_000)]);
  });

  it("a mask: (A>=500,000) keeps 600,000 and 1,000,000", async () => {
    // 600,000 × 1 + 400,000 × 0 + 1,000,000 × 1 = 1,600,000 (the parser alone gave 0)
    expect(await evaluate(AMOUNTS, ["=SUMPRODUCT((A1:A3>=500000)*A1:A3)"])).toEqual([v(1_600_000)]);
  });

  it("the twins' per-item form: threshold 500,000, rate 50%, per-item cap 400,000", async () => {
    // 600,000: 300,000 ≤ 400,000 → 300,000; 400,000: below the threshold → 0;
    // 1,000,000: 500,000 > 400,000 → the cap 400,000 (counted by the second SUMPRODUCT). 300,000 + 400,000
    const formula =
      "=SUMPRODUCT((A1:A3>=500000)*(A1:A3*0.5<=400000)*A1:A3*0.5)+400000*SUMPRODUCT((A1:A3>=500000)*(A1:A3*0.5>400000))";
    expect(await evaluate(AMOUNTS, [formula])).toEqual([v(700_000)]);
  });

  it("+ - / and unary minus element by element; -- turns a mask into numbers", async () => {
    const values = await evaluate(AMOUNTS, [
      // (6,000 − 1,000) + (4,000 − 1,000) + (10,000 − 1,000) = 5,000 + 3,000 + 9,000
      "=SUMPRODUCT(A1:A3/100-1000)",
      // −600,000 − 400,000 − 1,000,000
      "=SUMPRODUCT(-A1:A3)",
      // two of three at least 500,000
      "=SUMPRODUCT(--(A1:A3>=500000))",
      // 600,000 + 1 + 400,000 + 1 + 1,000,000 + 1
      "=SUMPRODUCT(A1:A3+1)",
    ]);
    expect(values).toEqual([v(17_000), v(-2_000_000), v(2), v(2_000_003)]);
  });

  it("ranges of one size multiply cell by cell; a row stretches over a column; sizes that do not fit give #N/A", async () => {
    const values = await evaluate(AMOUNTS, [
      // 600,000² + 400,000² + 1,000,000² = 3.6e11 + 1.6e11 + 1e12 = 1.52e12
      "=SUMPRODUCT(A1:A3*A1:A3)",
      "=SUMPRODUCT(A1:A3,A1:A3)",
      // 2,000,000 × (1 + 2): the 3 × 1 column times the 1 × 2 row is a 3 × 2 array
      "=SUMPRODUCT(A1:A3*{1,2})",
      // the third row has no partner in A1:A2
      "=SUMPRODUCT(A1:A3*A1:A2)",
    ]);
    expect(values).toEqual([v(1.52e12), v(1.52e12), v(6_000_000), err("#N/A")]);
  });

  it("in arithmetic a blank is 0, TRUE 1 and numeric text its number; other text and errors are the result", async () => {
    const values = await evaluate(
      [c(5), {}, c(true), c("12"), c("abc"), f("=1/0")],
      [
        "=SUMPRODUCT(A1:A4*2)", // 10 + 0 + 2 + 24
        "=SUMPRODUCT(A1:A5*2)", // "abc" × 2 is #VALUE!
        "=SUMPRODUCT(A1:A6)", // an error cell is the result
        "=SUMPRODUCT(A1:A4)", // without arithmetic only numbers count: 5
      ]
    );
    expect(values).toEqual([v(36), err("#VALUE!"), err("#DIV/0!"), v(5)]);
  });
});

describe("comparisons and tests of type, as Excel makes them", () => {
  it('"abc">=0 is TRUE without error; a blank equals "" and 0; text above every number', async () => {
    const values = await evaluate(
      [c("abc"), {}],
      ["=A1>=0", '=A2=""', "=A2=0", "=A1<=10000000000000", "=SUMPRODUCT((A1:A2>=0)*1)"]
    );
    // the last: "abc">=0 TRUE, blank>=0 TRUE → 2
    expect(values).toEqual([v(true), v(true), v(true), v(false), v(2)]);
  });

  it('ISNUMBER / ISLOGICAL / ISTEXT: a boolean is not a number, "" is text, a blank none of them; over a range each cell', async () => {
    const values = await evaluate(
      [c(true), c(""), {}, c(7), f("=NA()")],
      [
        "=ISNUMBER(A1)",
        "=ISLOGICAL(A1)",
        "=ISTEXT(A2)",
        "=ISNUMBER(A3)",
        "=ISTEXT(A3)",
        "=ISNUMBER(A5)", // an error is not a number, and no error
        // one text (""), one boolean, one number ≥ 0: 1 + 1 + 1
        "=SUMPRODUCT(ISTEXT(A1:A4)+ISLOGICAL(A1:A4)+ISNUMBER(A1:A4)*(A1:A4>=0))",
      ]
    );
    expect(values).toEqual([v(false), v(true), v(true), v(false), v(false), v(false), v(3)]);
  });
});

describe("the functions twins use", () => {
  it("TRIM collapses inner runs of spaces and keeps other spaces; UPPER; TRIM of a number", async () => {
    const values = await evaluate(
      [c("  a   b  "), c("\u3000exc"), c(" exc ")],
      ["=TRIM(A1)", "=TRIM(A2)", '=UPPER(TRIM(A3))="EXC"', "=TRIM(0.1+0.2)", "=UPPER(TRUE)"]
    );
    // 0.1 + 0.2 is 0.30000000000000004 in binary; Excel shows 15 digits: "0.3"
    expect(values).toEqual([v("a b"), v("\u3000exc"), v(true), v("0.3"), v("TRUE")]);
  });

  it("N and NA: the marker adds 0, N(TRUE) is 1, NA() is #N/A", async () => {
    const values = await evaluate(
      [c(true)],
      ['=5+N("SUBSIDY:HZ_SCENARIO_AWARD")', "=N(A1)", "=N(42)", "=NA()", "=NA()+1"]
    );
    expect(values).toEqual([v(5), v(1), v(42), err("#N/A"), err("#N/A")]);
  });

  it("IF: the branch taken, an error in the other ignored; text is #VALUE!; no else is FALSE; a blank cell 0", async () => {
    const values = await evaluate(
      [{}, c("abc")],
      [
        '=IF(A1="",1,2)',
        "=IF(FALSE,1/0,3)",
        "=IF(A2,1,2)",
        "=IF(0,1)",
        "=IF(1,A1)",
        '=IF("true",4,5)',
        "=IF(1/0,1,2)",
      ]
    );
    expect(values).toEqual([v(1), v(3), err("#VALUE!"), v(false), v(0), v(4), err("#DIV/0!")]);
  });

  it("AND / OR / NOT: numbers as ≠ 0, text in a reference skipped, errors returned, nothing logical #VALUE!", async () => {
    const values = await evaluate(
      [c("abc"), c(true)],
      [
        "=AND(TRUE,A1>=0)",
        "=AND(TRUE,1/0)",
        "=OR(FALSE,0)",
        "=OR(0,2)",
        "=AND(A1:A2)", // the text skipped, TRUE left
        "=AND(A1)", // nothing logical
        "=NOT(0)",
        "=NOT(A2)",
      ]
    );
    expect(values).toEqual([
      v(true),
      err("#DIV/0!"),
      v(false),
      v(true),
      v(true),
      err("#VALUE!"),
      v(true),
      v(false),
    ]);
  });

  it("ROUND half away from zero and ROUNDDOWN toward zero, on the decimal the number shows", async () => {
    const values = await evaluate(
      [],
      [
        "=ROUND(1.005,2)", // 100.5 fen → 101 fen (binary 1.00499… would give 1.00)
        "=ROUND(-2.5,0)",
        "=ROUND(1234.5678,-2)",
        "=ROUND(1500000.125,2)",
        "=ROUNDDOWN(0.29,2)", // 0.29 × 100 is 28.999… in binary; 29 fen
        "=ROUNDDOWN(-1.99,0)",
        "=ROUNDDOWN(7,0)",
        '=ROUND("abc",2)',
      ]
    );
    expect(values).toEqual([
      v(1.01),
      v(-3),
      v(1200),
      v(1500000.13),
      v(0.29),
      v(-1),
      v(7),
      err("#VALUE!"),
    ]);
  });

  it("INDEX: the n-th of a column, of a row by one index, a cell by row and column; outside #REF!", async () => {
    const values = await evaluate(AMOUNTS, [
      "=INDEX(A1:A3,2)",
      "=INDEX(A1:B3,3,1)",
      "=INDEX({7,8,9},3)",
      "=INDEX(A1:A3,4)",
    ]);
    expect(values).toEqual([v(400_000), v(1_000_000), v(9), err("#REF!")]);
  });

  it("MIN and MAX over scalar expressions, as the twins' caps and floors use them", async () => {
    const values = await evaluate(
      [c(3_000_000), c(5_000_000)],
      ["=MIN(A1*0.5,2000000)", "=MIN(A2*0.5,2000000)", "=MAX(0,MIN(A1*0.5,2000000)-2000000)"]
    );
    // 1,500,000; 2,500,000 capped at 2,000,000; max(0, 1,500,000 − 2,000,000) = 0
    expect(values).toEqual([v(1_500_000), v(2_000_000), v(0)]);
  });
});

describe("coverage of the generator's list", () => {
  it("the preview implements every function a native formula may call (src/native/lint.ts)", () => {
    const implemented = new Set([...Object.keys(excelFunctions), ...Object.keys(nativeFunctions)]);
    expect([...NATIVE_FUNCTIONS].filter((name) => !implemented.has(name))).toEqual([]);
  });
});
