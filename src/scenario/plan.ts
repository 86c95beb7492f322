/**
 * A host-independent sheet plan: what to write where, with number formats, a named style per cell, the
 * frozen header rows and the column widths. The task pane writes it through its WorkbookHost (Excel or
 * the in-memory preview); tests load it into a formula engine. Rows and columns are 0-based; formulas
 * are A1 text with a leading "=" and the SUBSIDY. namespace.
 */
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

export interface SheetPlan {
  sheetName: string;
  cells: PlanCell[];
  /** Rows frozen at the top (headers). */
  freezeRows: number;
  /** Column widths in characters, by column index. */
  columnWidths: number[];
  /** The legend written at the bottom of the sheet, in the profile's language. */
  legend: string[];
  /** Things the generator skipped or noticed (e.g. a ticked qualitative clause). */
  warnings: string[];
}

export const YUAN_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.00%";
export const COUNT_FORMAT = "0";
export const QUANTITY_FORMAT = "#,##0.##";

/** Column index → letters (0 → A, 25 → Z, 26 → AA). */
export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Quotes a sheet name for a reference: 'Scenario'!A1 (quotes inside doubled). */
export const sheetPrefix = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!`;

/** A1 reference; `abs` makes the column and/or row absolute; `sheet` qualifies it. */
export function ref(
  row: number,
  col: number,
  abs: { row?: boolean; col?: boolean } = {},
  sheet?: string
): string {
  return `${sheet ? sheetPrefix(sheet) : ""}${abs.col ? "$" : ""}${colName(col)}${abs.row ? "$" : ""}${row + 1}`;
}

/** A1 range from (r1, c1) to (r2, c2), same absoluteness on both ends. */
export function range(
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  abs: { row?: boolean; col?: boolean } = {},
  sheet?: string
): string {
  return `${sheet ? sheetPrefix(sheet) : ""}${ref(r1, c1, abs)}:${ref(r2, c2, abs)}`;
}

/** A string literal inside a formula ("a""b"). */
export const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;

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
