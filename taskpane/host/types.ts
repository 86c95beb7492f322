import type { SheetPlan } from "../../src/scenario/plan";

/**
 * The pane's only view of a workbook. Components never touch Office.js: they talk to a WorkbookHost,
 * implemented by host/excel.ts (Excel.run) and host/memory.ts (the in-memory preview workbook).
 * Hosts only read and write; deciding where a block may go (never over a non-empty cell) is
 * insert/plan.ts, shared by both.
 */

/** A cell, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface RangeRef extends CellRef {
  rows: number;
  cols: number;
}

export type CellValue = string | number | boolean;

/** What to write into one cell: a formula, a constant, or nothing (left empty); and its number format. */
export interface CellContent {
  formula?: string;
  value?: CellValue;
  numberFormat?: string;
}

/** As Excel's Range.values / Range.formulas: "" for an empty cell; formulas holds constants too. */
export interface RangeContents {
  values: unknown[][];
  formulas: unknown[][];
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** The active cell (the top-left cell of the selection). */
  getActiveCell(): Promise<CellRef>;
  readRange(range: RangeRef): Promise<RangeContents>;
  /** Writes the block with its top-left cell at `at` and selects it. Callers check emptiness first (insert/plan.ts). */
  writeBlock(at: CellRef, cells: CellContent[][]): Promise<void>;
  /**
   * Adds an empty worksheet at the end, named after `baseName` but never an existing name ("Scenario",
   * "Scenario (2)", …; host/sheet-names.ts), without activating it. Returns the name it got.
   */
  addWorksheet(baseName: string): Promise<string>;
  /**
   * Writes a sheet plan from A1 of `sheet`: values and formulas, number formats, the plan's cell styles,
   * notes, frozen header rows and column widths. Meant for a sheet addWorksheet just created: it writes
   * the plan's whole bounding box.
   */
  writePlan(sheet: string, plan: SheetPlan): Promise<void>;
  activateWorksheet(sheet: string): Promise<void>;
  /** The name of the active worksheet. */
  getActiveWorksheet(): Promise<string>;
}
