/**
 * The functions native twins use, as Excel computes them, in the preview workbook: SUMPRODUCT counting
 * what is not a number as 0, ROUND / ROUNDDOWN on the 15-digit decimal, IF / AND / OR / NOT conditions,
 * INDEX, MATCH, the IS functions, TRIM, UPPER, N and NA — element by element inside SUMPRODUCT.
 */
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import type { CellContent } from "../../../taskpane/host/types";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import { excelTrim } from "../../../taskpane/preview/native-functions";

const evaluator = createEvaluator();

/** One row of cells, then the value of each formula cell of it. */
async function row(cells: CellContent[]) {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(evaluator);
  await wb.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, [cells]);
  return cells.flatMap((cell, col) => (cell.formula ? [wb.value(0, col)] : []));
}
/** The values of formulas over no cells. */
const values = (...formulas: string[]) => row(formulas.map((formula) => ({ formula })));

const v = (value: unknown) => ({ kind: "value", value });
const error = (code: string) => expect.objectContaining({ kind: "error", code });
const f = (formula: string): CellContent => ({ formula });
const c = (value: string | number | boolean): CellContent => ({ value });

describe("SUMPRODUCT", () => {
  it("multiplies arrays element by element and sums: 1×4 + 2×5 + 3×6 = 32", async () => {
    expect(await values("=SUMPRODUCT({1,2,3},{4,5,6})", "=SUMPRODUCT({1,2,3}*{4,5,6})")).toEqual([
      v(32),
      v(32),
    ]);
  });

  it("counts what is not a number as 0 — TRUE, numeric text, a blank — as Excel documents", async () => {
    // A1:D1 = 600,000, TRUE, "12", blank: only 600,000 is a number
    const amounts = [c(600_000), c(true), c("12"), {}];
    expect(
      await row([
        ...amounts,
        f("=SUMPRODUCT(A1:D1)"),
        f("=SUMPRODUCT(A1:D1>500000)"),
        f("=SUMPRODUCT(ISNUMBER(A1:D1)+ISLOGICAL(A1:D1)+ISTEXT(A1:D1))"),
      ])
    ).toEqual([v(600_000), v(0), v(3)]);
  });

  it("arrays of different sizes are #VALUE!; an error element is the result", async () => {
    expect(await values("=SUMPRODUCT({1,2},{1,2,3})", "=SUMPRODUCT({1,2}*{1,#N/A})")).toEqual([
      error("#VALUE!"),
      error("#N/A"),
    ]);
  });
});

describe("ROUND and ROUNDDOWN on the 15-significant-digit decimal, half away from zero", () => {
  it("ROUND: 2.675 → 2.68 and 1.005 → 1.01 (binary doubles just below); -2.5 → -3; 1234.5 to hundreds → 1200; no digits after the comma is 0 digits", async () => {
    expect(
      await values(
        "=ROUND(2.675,2)",
        "=ROUND(1.005,2)",
        "=ROUND(-2.5,0)",
        "=ROUND(1234.5,-2)",
        "=ROUND(7.5,)"
      )
    ).toEqual([v(2.68), v(1.01), v(-3), v(1200), v(8)]);
  });

  it("a computed half fen: 3,350.45 × 0.3 = 1,005.135 exactly, 1005.1349999999999 as a double → 1,005.14", async () => {
    expect(await values("=ROUND(3350.45*0.3,2)")).toEqual([v(1005.14)]);
  });

  it("ROUNDDOWN toward zero: 2.999 → 2.99, 1.5 → 1, -1.5 → -1; text is #VALUE!", async () => {
    expect(
      await values(
        "=ROUNDDOWN(2.999,2)",
        "=ROUNDDOWN(1.5,0)",
        "=ROUNDDOWN(-1.5,0)",
        '=ROUNDDOWN("x",0)'
      )
    ).toEqual([v(2.99), v(1), v(-1), error("#VALUE!")]);
  });
});

describe("IF, AND, OR, NOT", () => {
  it("IF: a number is TRUE unless 0; no else is FALSE; the branch not taken may be an error", async () => {
    expect(
      await values('=IF(1,"y","n")', '=IF(0,"y")', "=IF(FALSE,1/0,5)", '=IF("TRUE",1,2)')
    ).toEqual([v("y"), v(false), v(5), v(1)]);
  });

  it("IF: a text or error condition is that error; a blank cell picked stays blank to a comparison", async () => {
    expect(await row([{}, f('=IF("abc",1,2)'), f("=IF(NA(),1,2)"), f('=IF(TRUE,A1)=""')])).toEqual([
      error("#VALUE!"),
      error("#N/A"),
      v(true),
    ]);
  });

  it("AND / OR: numbers count, text in a cell is skipped, literal text or no logical value is #VALUE!, an error wins", async () => {
    expect(
      await row([
        c("abc"),
        f("=AND(TRUE,1)"),
        f("=AND(TRUE,0)"),
        f("=AND(TRUE,A1)"),
        f("=AND(A1)"),
        f('=AND("abc")'),
        f("=OR(FALSE,0,1)"),
        f("=OR(TRUE,NA())"),
      ])
    ).toEqual([
      v(true),
      v(false),
      v(true),
      error("#VALUE!"),
      error("#VALUE!"),
      v(true),
      error("#N/A"),
    ]);
  });

  it("NOT: of 0 TRUE, of a blank TRUE, of text #VALUE!", async () => {
    expect(await row([{}, f("=NOT(0)"), f("=NOT(A1)"), f('=NOT("x")')])).toEqual([
      v(true),
      v(true),
      error("#VALUE!"),
    ]);
  });
});

describe("INDEX and MATCH", () => {
  it("INDEX(range, row, col); one index into a single row is its column; outside is #REF!; a blank stays blank", async () => {
    expect(
      await row([
        c(10),
        c(20),
        {},
        f("=INDEX(A1:C1,1,2)"),
        f("=INDEX(A1:C1,2)"),
        f('=INDEX(A1:C1,1,3)=""'),
        f("=INDEX(A1:C1,1,4)"),
        f("=INDEX({1,2;3,4},2,1)"),
      ])
    ).toEqual([v(20), v(20), v(true), error("#REF!"), v(3)]);
  });

  it("MATCH: exact (any case, wildcards), the last ≤ in ascending order, not found #N/A", async () => {
    expect(
      await values(
        '=MATCH("B",{"a","b","c"},0)',
        '=MATCH("c*",{"a","b","cat"},0)',
        "=MATCH(25,{10,20,30})",
        "=MATCH(5,{10,20,30})",
        "=MATCH(20,{30,20,10},-1)"
      )
    ).toEqual([v(2), v(3), v(2), error("#N/A"), v(2)]);
  });
});

describe("ISNUMBER, ISLOGICAL, ISTEXT, TRIM, UPPER, N, NA", () => {
  it("a logical value is not a number; numeric text is text; a blank is neither", async () => {
    expect(
      await row([
        c(true),
        c("5"),
        {},
        f("=ISNUMBER(A1)"),
        f("=ISLOGICAL(A1)"),
        f("=ISNUMBER(B1)"),
        f("=ISTEXT(B1)"),
        f("=ISTEXT(C1)"),
        f("=ISNUMBER(C1)"),
      ])
    ).toEqual([v(false), v(true), v(false), v(true), v(false), v(false)]);
  });

  it("TRIM removes ASCII spaces at the ends and collapses inner runs; other spaces stay", () => {
    expect(excelTrim("  a   b  ")).toBe("a b");
    expect(excelTrim("\u00a0a\u3000")).toBe("\u00a0a\u3000");
    expect(excelTrim("\ta ")).toBe("\ta");
  });

  it("TRIM, UPPER and N in formulas", async () => {
    expect(
      await row([
        c(true),
        f('=UPPER(TRIM("  total  "))'),
        f("=UPPER(A1)"),
        f("=UPPER(1.5)"),
        f("=N(5)"),
        f("=N(A1)"),
        f('=N("abc")'),
        f("=N(NA())"),
      ])
    ).toEqual([v("TOTAL"), v("TRUE"), v("1.5"), v(5), v(1), v(0), error("#N/A")]);
  });

  it("N of a range is N of its first cell; NA() is #N/A", async () => {
    expect(await row([c(7), c(9), f("=N(A1:B1)"), f("=NA()")])).toEqual([v(7), error("#N/A")]);
  });
});
