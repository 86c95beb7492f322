/**
 * The shape of a range argument as Excel passes it (a 2-D array, rows of cells; a 1-D list counts as a
 * column). Excel's ranges are rectangular; an array that is not — a row shorter than the first — would let
 * a missing cell read as blank (a default, or a skipped row), so it is #VALUE! naming the argument.
 */
import { valueError } from "./errors";

export interface Shape {
  rows: number;
  cols: number;
}

const cells = (n: number) => `${n} cell${n === 1 ? "" : "s"}`;

/** rows × cols of `v` (a scalar is 1 × 1); throws #VALUE! naming `param` when the rows differ in length. */
export function rangeShape(param: string, v: unknown): Shape {
  if (!Array.isArray(v)) return { rows: 1, cols: 1 };
  if (v.length === 0) return { rows: 0, cols: 0 };
  const width = (row: unknown) => (Array.isArray(row) ? row.length : 1);
  const cols = width(v[0]);
  for (let r = 1; r < v.length; r++) {
    const n = width(v[r]);
    if (n !== cols)
      throw valueError(
        `${param} is not a rectangular range: row ${r + 1} has ${cells(n)}, row 1 has ${cells(cols)}`,
        param
      );
  }
  return { rows: v.length, cols };
}
