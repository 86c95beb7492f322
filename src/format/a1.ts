/**
 * A1 references as formulas and the pane write them, from 0-based row and column numbers: the one place
 * that turns numbers into column letters, `$` markers and sheet prefixes.
 */

/** Which parts of a reference are absolute (`$`). */
export interface Absolute {
  row?: boolean;
  col?: boolean;
}

/** Column index → letters (0 → A, 25 → Z, 26 → AA; bijective base 26, so there is no zero digit). */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Quotes a sheet name for a reference: 'Scenario'! (quotes inside doubled; always quoted, which Excel accepts). */
export const sheetPrefix = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!`;

/** A1 reference; `abs` makes the column and/or row absolute; `sheet` qualifies it. */
export function ref(row: number, col: number, abs: Absolute = {}, sheet?: string): string {
  return `${sheet ? sheetPrefix(sheet) : ""}${abs.col ? "$" : ""}${columnName(col)}${abs.row ? "$" : ""}${row + 1}`;
}

/** A1 range from (r1, c1) to (r2, c2), the same absoluteness on both ends. */
export function range(
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  abs: Absolute = {},
  sheet?: string
): string {
  return `${sheet ? sheetPrefix(sheet) : ""}${ref(r1, c1, abs)}:${ref(r2, c2, abs)}`;
}

/** A block of `rows` × `cols` cells from (row, col): "B2" for one cell, else "B2:D8". */
export function blockRef(
  row: number,
  col: number,
  rows: number,
  cols: number,
  abs: Absolute = {}
): string {
  return rows === 1 && cols === 1
    ? ref(row, col, abs)
    : range(row, col, row + rows - 1, col + cols - 1, abs);
}
