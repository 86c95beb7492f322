/**
 * A host-independent sheet plan: what to write where, with number formats, a named style per cell, the
 * frozen header rows and the column widths. The task pane writes it through its WorkbookHost (Excel or
 * the in-memory preview); tests load it into a formula engine. Rows and columns are 0-based; formulas
 * are A1 text with a leading "=" and the SUBSIDY. namespace.
 */
import { sheetPrefix } from "../format/a1";

export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "section"
  | "label"
  | "citation"
  | "input"
  | "input-required"
  | "assumption"
  | "formula"
  | "total"
  | "note";

export interface PlanCell {
  row: number;
  col: number;
  value?: string | number | boolean;
  formula?: string;
  /** Excel number format, e.g. "#,##0.00" (yuan) or "0.00%" (rates). */
  format?: string;
  style?: CellStyle;
  /** A cell comment (why a value was assumed, what an input means). */
  note?: string;
}

/**
 * A worksheet-scoped defined name over a cell or range of the plan (0-based, `rows` × `cols`). Formulas
 * refer to names rather than A1 addresses, so a row the user inserts later moves with what it names and
 * a report generated afterwards (the audit) still reads the right cells.
 */
export interface PlanName {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetPlan {
  sheetName: string;
  cells: PlanCell[];
  /** The sheet's defined names, scoped to the sheet (absent: none). */
  names?: PlanName[];
  /** Rows frozen at the top (headers). */
  freezeRows: number;
  /** Column widths in characters, by column index. */
  columnWidths: number[];
  /** The legend written at the bottom of the sheet, in the profile's language. */
  legend: string[];
  /** Things the generator skipped or noticed (e.g. a ticked qualitative clause). */
  warnings: string[];
}

/**
 * The plan as a 2-D grid of cell contents (a value, or a formula string): what a formula engine or a
 * range write takes. Later cells overwrite earlier ones at the same address.
 */
export function planToGrid(plan: SheetPlan): (string | number | boolean | null)[][] {
  let rows = 0;
  let cols = 0;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const grid: (string | number | boolean | null)[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill(null)
  );
  for (const c of plan.cells) grid[c.row][c.col] = c.formula ?? c.value ?? null;
  return grid;
}

/**
 * Whether Excel accepts `name` as a defined name: a letter or underscore first, then letters, digits,
 * underscores or periods, at most 255 characters, and nothing Excel (or a formula engine) could read as a
 * reference — not A1-like (letters then digits: "AB12", "XFD1"), not R1C1-like ("R", "C", "R1C1",
 * "R2", "C3"), nor starting like one ("A1_x" is refused by Excel too). Checked case-insensitively.
 */
export function isDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return false;
  const upper = name.toUpperCase();
  if (/^[A-Z]{1,3}[0-9]/.test(upper)) return false;
  if (/^(R|C)$/.test(upper) || /^R[0-9]*C[0-9]*(?![A-Z_.])/.test(upper) || /^[RC][0-9]/.test(upper))
    return false;
  return !/^(TRUE|FALSE)$/.test(upper);
}

/**
 * A scenario name from its parts: "s_" + the parts joined by "_", every character a name cannot hold
 * ("-", spaces) made "_". The "s_" prefix keeps every such name clear of A1 and R1C1 references.
 */
export function definedName(...parts: (string | number)[]): string {
  const name = `s_${parts.map((p) => String(p).replace(/[^A-Za-z0-9_]/g, "_")).join("_")}`;
  if (!isDefinedName(name)) throw new Error(`not a valid defined name: ${name}`);
  return name;
}

/** A name as another sheet refers to it: 'Scenario'!s_… (a worksheet-scoped name, qualified). */
export const qualifiedName = (name: string, sheet?: string): string =>
  sheet ? `${sheetPrefix(sheet)}${name}` : name;
