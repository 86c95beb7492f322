/** The preview workbook's types: what a cell holds and computes to, and what a formula evaluator sees. */
import type { ChartPlan, PrintPlan } from "../../../src";
import type { CellStyle } from "../plan";
import type { CellContent, CellRef, CellValue } from "../types";

/** As Excel's Range.values / Range.formulas: "" for an empty cell; formulas holds constants too. */
export interface RangeContents {
  values: unknown[][];
  formulas: unknown[][];
}

export type Computed =
  | { kind: "value"; value: CellValue | null }
  | { kind: "error"; code: string; message?: string }
  /** A formula waiting for the evaluator to load. */
  | { kind: "pending" };

/** What a formula evaluates to: one value, or an array to spill from its cell. */
export type Evaluated = Computed | { kind: "array"; rows: Computed[][] };

/** The workbook as a formula sees it: computed values (0-based) and each sheet's used area. */
export interface WorkbookView {
  /** A cell's value; #REF! when the sheet does not exist. Sheet names compare regardless of case. */
  value(sheet: string, row: number, col: number): Computed;
  /** Rows and columns in use (0 × 0 for a sheet that does not exist). */
  extent(sheet: string): { rows: number; cols: number };
  /** What a worksheet-scoped defined name of `sheet` refers to (names compare regardless of case). */
  name(sheet: string, name: string): NamedRange | undefined;
}

/** The cells a defined name refers to, 0-based. */
export interface NamedRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FormulaEvaluator {
  evaluate(formula: string, at: CellRef, workbook: WorkbookView): Evaluated;
  /** Whether the formula may return an array (only such formulas are asked whether they cover a blank cell). */
  maySpill(formula: string): boolean;
}

/** A cell as the preview workbook keeps it: contents, number format, and a plan's style and note. */
export interface MemoryCell extends CellContent {
  style?: CellStyle;
  note?: string;
}

export interface SheetLayout {
  freezeRows: number;
  /** Column widths in characters, by column index (missing: the default width). */
  columnWidths: number[];
  /** The plan's charts, drawn beside the grid from the computed values (absent: none). */
  charts?: ChartPlan[];
  /** The plan's print settings, kept for "Download .xlsx" (absent: none). */
  print?: PrintPlan;
}

/** The size of an array a formula spilled from its cell. */
export interface Spill {
  rows: number;
  cols: number;
}
