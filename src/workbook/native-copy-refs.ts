/**
 * The argument texts "copy sheet with native formulas" hands a twin: what kind of Excel expression an
 * argument is (a literal or a reference passes through as written, anything else goes in parentheses, since
 * a twin embeds its arguments as operands), and for SUBSIDY.EACH the reference of one element of a range.
 */
import { columnName } from "../format/a1";

/** A sheet prefix as Excel writes it: 'Any name'! (quotes doubled) or Name! */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u0080-\uFFFF]+)!`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const CELL_REF = new RegExp(`^(${SHEET})?${CELL}(?::${CELL})?$`);
/** Whole columns (B:B) or rows (2:5). */
const LINE_REF = new RegExp(
  String.raw`^(${SHEET})?(?:\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$`
);
const NAME = new RegExp(
  String.raw`^(${SHEET})?[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$`
);
const NUMBER = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$|^\.\d+(?:[eE][+-]?\d+)?$/;
const TEXT = /^"(?:[^"]|"")*"$/;
const ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/i;

/** A cell or a range of cells, 0-based, as written (the `$` markers and the sheet prefix kept). */
export interface CellRange {
  sheet?: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  absRow: boolean;
  absCol: boolean;
}

const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** An A1 cell or range reference ("B2", "$B$2:$B$9", "'Inputs'!C3"), or undefined for anything else. */
export function parseCellRange(text: string): CellRange | undefined {
  const m = CELL_REF.exec(text.trim());
  if (!m) return undefined;
  const [, sheet, absCol, c1, absRow, r1, , c2, , r2] = m;
  const row = Number(r1) - 1;
  const col = columnIndex(c1);
  const lastRow = r2 === undefined ? row : Number(r2) - 1;
  const lastCol = c2 === undefined ? col : columnIndex(c2);
  const top = Math.min(row, lastRow);
  const left = Math.min(col, lastCol);
  return {
    sheet,
    row: top,
    col: left,
    rows: Math.abs(lastRow - row) + 1,
    cols: Math.abs(lastCol - col) + 1,
    absRow: absRow === "$",
    absCol: absCol === "$",
  };
}

/** A defined name (or a sheet-qualified one), not TRUE/FALSE and not a cell reference. */
export function isName(text: string): boolean {
  const t = text.trim();
  return NAME.test(t) && !/^(TRUE|FALSE)$/i.test(t) && parseCellRange(t) === undefined;
}

/** What an argument is: a constant, a reference (cell, range, row, column or name), or an expression. */
export function argumentKind(text: string): "literal" | "reference" | "expression" {
  const t = text.trim();
  if (NUMBER.test(t) || TEXT.test(t) || ERROR.test(t) || /^(TRUE|FALSE)$/i.test(t))
    return "literal";
  if (parseCellRange(t) || LINE_REF.test(t) || isName(t)) return "reference";
  return "expression";
}

/** An argument as a twin takes it: a literal or reference as written, an expression in parentheses. */
export function twinArgument(text: string): string {
  const t = text.trim();
  return argumentKind(t) === "expression" ? `(${t})` : t;
}

/** The cell (r, c) of a range as a reference, with the range's sheet prefix and `$` markers. */
export function elementOf(range: CellRange, r: number, c: number): string {
  return `${range.sheet ?? ""}${range.absCol ? "$" : ""}${columnName(range.col + c)}${range.absRow ? "$" : ""}${range.row + r + 1}`;
}

/** A1 of a sheet cell (0-based), for the report. */
export const cellName = (row: number, col: number): string => `${columnName(col)}${row + 1}`;
