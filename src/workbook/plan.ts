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

/** A block of cells of the plan, 0-based: `rows` × `cols` from (row, col). */
export interface PlanRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * A chart over cells of the plan, host-neutral: Excel draws it with Office.js (taskpane/host/excel-chart.ts),
 * the preview workbook from the computed values. The .xlsx writer writes none (ExcelJS cannot).
 */
export interface ChartPlan {
  /** A stacked column chart: one column per category, one segment per series. */
  type: "columnStacked";
  /** The chart's title, in the sheet's language. */
  title: string;
  /** The numbers: one row per series, one column per category. */
  values: PlanRange;
  /** The series' names, one per row of `values`. */
  seriesNames: string[];
  /** The cells naming the categories (the years): one row as wide as `values`. */
  categories: PlanRange;
  /** The cells the chart covers, chosen where the sheet has nothing: no used cell lies in it. */
  anchor: PlanRange;
}

/** How a sheet prints: on pages of this orientation, scaled to one page wide, with rows repeated on every page. */
export interface PrintPlan {
  orientation: "portrait" | "landscape";
  /** Scale to one page wide (and as many pages tall as it takes). */
  fitToWidth: boolean;
  /** The rows printed at the top of every page: `count` rows from `first` (0-based). */
  repeatRows?: { first: number; count: number };
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
  /** Charts over the sheet's cells (absent: none). */
  charts?: ChartPlan[];
  /** Print settings (absent: the host's defaults). */
  print?: PrintPlan;
}

/**
 * The plan as a 2-D grid of cell contents (a value, or a formula string): what a formula engine or a
 * range write takes. Later cells overwrite earlier ones at the same address.
 */
export function planToGrid(plan: SheetPlan): (string | number | boolean | null)[][] {
  const { rows, cols } = planBounds(plan);
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

/** The rows and columns the plan's cells use: the bounding box from A1. */
export function planBounds(plan: Pick<SheetPlan, "cells">): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return { rows, cols };
}
