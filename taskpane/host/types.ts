import type { FormulaMode, ReadValue, ScenarioDocument, SheetPlan, SheetSnapshot } from "../../src";

/**
 * The pane's only view of a workbook. Components never touch Office.js: they talk to a WorkbookHost,
 * implemented by host/excel.ts (Excel.run) and host/memory/ (the in-memory preview workbook).
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

/**
 * What stops insert from writing a cell. A cell holding only a number format, fill or note is free: the
 * block's write keeps those. Not free: a value or formula ("content"), a hidden cell of a merged area
 * ("merge"), the blank part of another formula's spill ("spill"; writing there turns that formula into
 * #SPILL!).
 */
export type Blocker = "content" | "merge" | "spill";

/** A cell insert may not write, and the last row (0-based) of what blocks it, so a search for room can jump past it. */
export interface BlockedCell {
  by: Blocker;
  lastRow: number;
}

/** A check a host could not make because this Excel lacks the API (host/requirements.ts). */
export type UncheckedBlocker = Exclude<Blocker, "content">;

/** A range as insert sees it. */
export interface RangeInspection {
  /** Per cell, row by row: null where insert may write, otherwise what is there. */
  cells: (BlockedCell | null)[][];
  /** Blockers this host could not look for; the pane says so. */
  unchecked: UncheckedBlocker[];
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** The active cell (the top-left cell of the selection). */
  getActiveCell(): Promise<CellRef>;
  /** Which cells of the range insert may write (one round trip to Excel, two when a spill blocks). */
  inspectRange(range: RangeRef): Promise<RangeInspection>;
  /**
   * The last row (0-based) at or below `fromRow`, in the `cols` columns from `col`, holding a value or a
   * formula, or -1 when there is none: one round trip, whatever the number of rows.
   */
  lastUsedRow(sheet: string, fromRow: number, col: number, cols: number): Promise<number>;
  /**
   * Writes the block with its top-left cell at `at` and selects it: values and formulas, and a number
   * format only where the block sets one; what else a cell holds (format, fill, note) stays. Callers check
   * the target first (insert/plan.ts).
   */
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
  /**
   * Reads a whole sheet, changing nothing: its used range's formulas, values and number formats, its column
   * widths, frozen rows, worksheet-scoped names and the spills of its formulas ("copy sheet with native
   * formulas" makes a new sheet from it).
   */
  readSheet(sheet: string): Promise<SheetSnapshot>;
  activateWorksheet(sheet: string): Promise<void>;
  /** The name of the active worksheet. */
  getActiveWorksheet(): Promise<string>;
  /**
   * Issue 15: remembers a generated scenario in the workbook (its document in a custom XML part, the sheet
   * marked with a worksheet-scoped name holding its id; host/excel-scenarios.ts) and returns its id.
   * Optional: a host without it (a test double) remembers nothing.
   */
  saveScenario?(sheet: string, document: ScenarioDocument, formulas: FormulaMode): Promise<string>;
  /** The scenario sheets of this workbook that saveScenario marked, with their stored documents. */
  listScenarios?(): Promise<StoredScenario[]>;
}

/** A scenario sheet the workbook remembers (WorkbookHost.listScenarios). */
export interface StoredScenario {
  /** The sheet's name now (renamed or copied sheets keep their mark). */
  sheet: string;
  id: string;
  formulas: FormulaMode;
  document: ScenarioDocument;
  /** Where the document was found: a custom XML part, or Office's document settings (ExcelApi < 1.5). */
  storedIn: "xmlPart" | "settings" | "memory";
}

/** What explain reads of the selected cell. */
export interface CellReading {
  formula: string | number | boolean;
  value: ReadValue;
}

/** A reference read for explain: its cells and their values, or why it could not be read. */
export type ReferenceReading =
  | { ok: true; range: RangeRef; values: ReadValue[][] }
  | { ok: false; reason: "no-sheet" | "no-name" | "invalid" };

/**
 * Issue 15, "explain the selected cell": what a host reads for it. A separate interface beside
 * WorkbookHost, so the hosts and test doubles written before it still type-check; ExcelHost and the
 * preview's MemoryWorkbook implement both, and the Explain view says when a host does not.
 */
export interface ExplainHost {
  /** A cell's formula (a constant as itself, "" when empty) and its value, one round trip. */
  readCell(cell: CellRef): Promise<CellReading>;
  /**
   * The values of references as a formula on `sheet` reads them ("B4", "B4:B9", "'Inputs'!B4", a defined
   * name: worksheet-scoped first, then the workbook's), in two round trips (three with defined names).
   */
  readReferences(sheet: string, refs: readonly string[]): Promise<ReferenceReading[]>;
  /**
   * Calls `listener` when the selection changes or the workbook recalculates. Resolves to the function that
   * stops it, or undefined where this host has no such events (the pane then offers a refresh button).
   */
  watchSelection(listener: () => void): Promise<(() => void) | undefined>;
}

export const canExplain = (host: WorkbookHost): host is WorkbookHost & ExplainHost =>
  typeof (host as Partial<ExplainHost>).readCell === "function" &&
  typeof (host as Partial<ExplainHost>).readReferences === "function" &&
  typeof (host as Partial<ExplainHost>).watchSelection === "function";
