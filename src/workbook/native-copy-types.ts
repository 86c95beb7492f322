/** What "copy sheet with native formulas" reads from a sheet, what it writes, and the report it gives. */
import type { PlanName } from "./plan";

/** A block of cells, 0-based. */
export interface SheetArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A sheet as the host reads it for the copy (the used range, from its top-left cell). */
export interface SheetSnapshot {
  name: string;
  /** The sheet cell (0-based) of the grids' top-left entry. */
  row: number;
  col: number;
  /** As Range.formulas: a formula's text ("=…") where a cell has one, its constant otherwise, "" empty. */
  formulas: unknown[][];
  /** As Range.values: what each cell shows, an error as its text ("#N/A"). */
  values: unknown[][];
  /** As Range.numberFormat. */
  numberFormats: string[][];
  /** Column widths in characters by sheet column index, from column A (the plan's unit). */
  columnWidths: number[];
  /** Every formula that spilled: its anchor cell and the spill's size. */
  spills: SheetArea[];
  /** False where the host cannot tell spills (Excel below ExcelApi 1.12): `spills` is then empty. */
  spillsChecked: boolean;
  /** The sheet's worksheet-scoped defined names (a copy of a scenario sheet needs them). */
  names: PlanName[];
  freezeRows: number;
}

export type CopiedValue = string | number | boolean;

/** One cell of the new sheet, in sheet coordinates. */
export interface CopiedCell {
  row: number;
  col: number;
  formula?: string;
  value?: CopiedValue;
}

/** Why a SUBSIDY call stayed in the copy. */
export type KeptReason =
  /** The clause function's shape has no native twin yet (or the twin refused the arguments). */
  | "no-twin"
  /** STACK or STACK_ROWS whose ranges are not one row or column each of this sheet, of one size (or STACK_ROWS inside a larger formula). */
  | "stack"
  /** EACH inside a larger formula: it has no cell per element to go to. */
  | "each-nested"
  /** An argument of EACH whose element cannot be derived (an expression over a range, ranges of different shapes). */
  | "each-arguments"
  /** EACH's or STACK_ROWS's result did not spill where its ranges say (#SPILL!, or cells in the way). */
  | "each-spill"
  /** An argument of IN_FORCE, CLAUSE or EACH's function name that is not known without a formula engine, or a STACK id that names no clause as written. */
  | "argument-unknown"
  /** A SUBSIDY name the add-in does not have. */
  | "unknown-function"
  /** The formula would break Excel's limits after substitution. */
  | "limits"
  /** The formula could not be read (unbalanced parentheses). */
  | "unreadable";

/** What became of one SUBSIDY call: a twin, a literal, the values it showed, or kept as it was. */
export interface CopyEntry {
  /** The cell, as A1 ("B3"). */
  cell: string;
  /** The function, without "SUBSIDY." ("HZ_SCENARIO_AWARD", "IN_FORCE"). */
  fn: string;
  outcome: "twin" | "literal" | "values" | "kept";
  reason?: KeptReason;
  /** The engine's or the twin's message, where one explains the reason. */
  detail?: string;
}

export interface NativeCopyReport {
  entries: CopyEntry[];
  /** Every cell of the copy still calling SUBSIDY.*, with the functions it calls, in sheet order. */
  remaining: { cell: string; functions: string[] }[];
  /** False when spills could not be read (then EXPLAIN's values are only its anchor's). */
  spillsChecked: boolean;
}

export interface NativeCopy {
  cells: CopiedCell[];
  report: NativeCopyReport;
}
