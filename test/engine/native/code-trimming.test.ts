/**
 * One trimming rule for codes, the twin's side (the engine's is test/engine/validate.test.ts): HyperFormula's
 * TRIM, which like Excel's strips ASCII spaces only, makes the twin accept and refuse exactly the padded
 * spellings the engine's excelTrim does.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { findFunction } from "../../../src/policies";
import { HF_CONFIG } from "../../support/hyperformula";
import { type Call, engineResult, judge, layout, rowCells } from "../../native/parity";

const fn = findFunction("HLJ_KEYLAB_GRANT")!.fn; // 1000万 for EXCELLENT (优秀), 0 for another grade

const accepted: [string, number][] = [
  ["  excellent ", 10_000_000],
  [" 优秀  ", 10_000_000],
  ["  good", 0], // an accepted grade the clause does not pay
];
const refused = ["EXCELLENT\u3000", "\u3000优秀", "\u00a0EXCELLENT", "\tEXCELLENT", "EXCEL  LENT"];

describe("code trimming in the twin equals the engine's (HyperFormula TRIM)", () => {
  const calls: Call[] = [...accepted.map(([s]) => [s]), ...refused.map((s) => [s])];
  const rows = calls.map((call, r) => rowCells(fn, call, r + 1, (c) => `'${String(c)}`));
  const hf = HyperFormula.buildFromArray(rows as never, { ...HF_CONFIG, useArrayArithmetic: true });
  const value = (r: number) => hf.getCellValue({ sheet: 0, row: r, col: layout(fn).formulaColumn });
  afterAll(() => hf.destroy());

  it("the engine accepts ASCII-space padding only", () => {
    expect(calls.map((c) => engineResult(fn, c))).toEqual([
      ...accepted.map(([, award]) => award),
      ...refused.map(() => "error"),
    ]);
  });
  it("the twin gives the same awards and an error for the same strings", () => {
    expect(accepted.map((_, r) => value(r))).toEqual(accepted.map(([, award]) => award));
    refused.forEach((_, k) => expect(value(accepted.length + k)).toBeInstanceOf(DetailedCellError));
    const verdict = judge(fn, calls, value, (v) => v instanceof DetailedCellError);
    expect(verdict.disagreements).toEqual([]);
  });
});
