/**
 * The in-memory workbook of preview mode (a plain browser, no Excel) and of the tests: named sheets of
 * cells with formulas, number formats, plan styles and notes, and their computed values. Formulas are
 * computed by a FormulaEvaluator that preview mode loads on demand (preview/formulas.ts,
 * fast-formula-parser), so this file carries no formula parser and the task pane's first bundle stays
 * small.
 *
 * Values are computed lazily, once per change of the workbook. A formula returning an array spills, as
 * in Excel 365: its values fill the cells below and to the right, or the formula shows #SPILL! when one
 * of those cells holds something. A blank cell therefore asks the formulas above and to its left that
 * may spill (the evaluator says which: those calling an array function) whether they cover it.
 */
import { parseEntry } from "../parse";
import type { CellStyle, SheetPlan } from "./plan";
import { planCells } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type {
  BlockedCell,
  CellContent,
  CellRef,
  CellValue,
  RangeInspection,
  RangeRef,
  WorkbookHost,
} from "./types";

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
}

interface Spill {
  rows: number;
  cols: number;
}

class Sheet {
  readonly cells = new Map<string, MemoryCell>();
  layout: SheetLayout = { freezeRows: 0, columnWidths: [] };
  /** Worksheet-scoped defined names, by upper-case name. */
  readonly names = new Map<string, NamedRange>();
  selection = { row: 0, col: 0 };
  // Derived, cleared at every change:
  computed = new Map<string, Computed>();
  /** Anchor key → its spill's size. */
  spills = new Map<string, Spill>();
  /** Cell key → the anchor whose spill covers it. */
  spilledFrom = new Map<string, string>();
  spillCandidates: { row: number; col: number }[] | undefined;
  constructor(public readonly name: string) {}

  reset(): void {
    this.computed = new Map();
    this.spills = new Map();
    this.spilledFrom = new Map();
    this.spillCandidates = undefined;
  }
}

const key = (row: number, col: number) => `${row},${col}`;
const BLANK: Computed = { kind: "value", value: null };
const PENDING: Computed = { kind: "pending" };
const CIRCULAR: Computed = { kind: "error", code: "#REF!", message: "circular reference" };
const NO_SHEET: Computed = { kind: "error", code: "#REF!" };

const hasContent = (c: MemoryCell | undefined) =>
  c !== undefined && (c.formula !== undefined || c.value !== undefined);

/** What a cell keeps when its contents are written or cleared: its number format, style and note (as in Excel). */
function kept({ numberFormat, style, note }: MemoryCell): MemoryCell {
  return {
    ...(numberFormat !== undefined ? { numberFormat } : {}),
    ...(style !== undefined ? { style } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

const isBare = (c: MemoryCell) => Object.keys(c).length === 0;

export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "preview";
  private readonly sheets: Sheet[] = [new Sheet("Sheet1")];
  private active: Sheet = this.sheets[0];
  private evaluator: FormulaEvaluator | undefined;
  /** Cells being computed ("sheet!row,col"): a spill lookup skips them rather than recurse. */
  private readonly inProgress = new Set<string>();
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly view: WorkbookView = {
    value: (sheet, row, col) => this.value(row, col, sheet),
    extent: (sheet) => this.extent(sheet),
    name: (sheet, name) => this.find(sheet)?.names.get(name.toUpperCase()),
  };

  /** For useSyncExternalStore: a number that changes with every change of cells, values, sheets or selection. */
  readonly getVersion = () => this.version;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    for (const s of this.sheets) s.reset();
    this.version += 1;
    this.listeners.forEach((l) => l());
  }

  /** Selection or active sheet changed: values stay. */
  private moved(): void {
    this.version += 1;
    this.listeners.forEach((l) => l());
  }

  setEvaluator(evaluator: FormulaEvaluator): void {
    this.evaluator = evaluator;
    this.changed();
  }

  private find(name: string | undefined): Sheet | undefined {
    if (name === undefined) return this.active;
    const upper = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === upper);
  }

  private sheetOrThrow(name: string): Sheet {
    const sheet = this.find(name);
    // As Excel's ItemNotFound.
    if (!sheet) throw new Error(`The worksheet ${name} does not exist.`);
    return sheet;
  }

  // ── Sheets ──────────────────────────────────────────────────────────────────────────────────────

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The active sheet's name, synchronously, for rendering. */
  activeSheet(): string {
    return this.active.name;
  }

  /** Makes a sheet active (a click on its tab). */
  activateSheet(name: string): void {
    this.active = this.sheetOrThrow(name);
    this.moved();
  }

  async addWorksheet(baseName: string): Promise<string> {
    const name = uniqueSheetName(baseName, this.sheetNames());
    this.sheets.push(new Sheet(name));
    this.changed(); // a reference to a sheet of this name now resolves
    return name;
  }

  async activateWorksheet(sheet: string): Promise<void> {
    this.activateSheet(sheet);
  }

  async getActiveWorksheet(): Promise<string> {
    return this.active.name;
  }

  async writePlan(sheetName: string, plan: SheetPlan): Promise<void> {
    const sheet = this.sheetOrThrow(sheetName);
    for (const c of planCells(plan)) {
      const cell: MemoryCell = {};
      if (c.formula !== undefined) cell.formula = c.formula;
      // A leading apostrophe marks text (a value starting with = + - @), as in Excel: it is not shown.
      else if (c.value !== undefined)
        cell.value =
          typeof c.value === "string" && c.value.startsWith("'") ? c.value.slice(1) : c.value;
      if (c.format !== undefined) cell.numberFormat = c.format;
      if (c.style !== undefined) cell.style = c.style;
      if (c.note !== undefined) cell.note = c.note;
      sheet.cells.set(key(c.row, c.col), cell);
    }
    sheet.layout = { freezeRows: plan.freezeRows, columnWidths: [...plan.columnWidths] };
    for (const n of plan.names ?? [])
      sheet.names.set(n.name.toUpperCase(), { row: n.row, col: n.col, rows: n.rows, cols: n.cols });
    this.changed();
  }

  layout(sheetName?: string): SheetLayout {
    return this.find(sheetName)?.layout ?? { freezeRows: 0, columnWidths: [] };
  }

  // ── Cells ───────────────────────────────────────────────────────────────────────────────────────

  async getActiveCell(): Promise<CellRef> {
    return this.activeCell();
  }

  /** The active cell, synchronously, for rendering. */
  activeCell(): CellRef {
    return { sheet: this.active.name, ...this.active.selection };
  }

  setActiveCell(row: number, col: number): void {
    this.active.selection = { row, col };
    this.moved();
  }

  content(row: number, col: number, sheetName?: string): MemoryCell | undefined {
    return this.find(sheetName)?.cells.get(key(row, col));
  }

  /** The computed value of a cell (formulas evaluated on demand, once per change of the workbook). */
  value(row: number, col: number, sheetName?: string): Computed {
    const sheet = this.find(sheetName);
    return sheet ? this.valueIn(sheet, row, col) : NO_SHEET;
  }

  /** The size of the spill anchored at a cell, if its formula spilled. */
  spillAt(row: number, col: number, sheetName?: string): Spill | undefined {
    const sheet = this.find(sheetName);
    if (!sheet) return undefined;
    this.valueIn(sheet, row, col);
    return sheet.spills.get(key(row, col));
  }

  private valueIn(sheet: Sheet, row: number, col: number): Computed {
    const k = key(row, col);
    const cached = sheet.computed.get(k);
    if (cached) return cached;
    const content = sheet.cells.get(k);
    if (content?.formula) return this.evaluateCell(sheet, row, col, content.formula);
    if (content?.value !== undefined) return { kind: "value", value: content.value };
    const spilled = this.spilledInto(sheet, row, col);
    sheet.computed.set(k, spilled);
    return spilled;
  }

  private evaluateCell(sheet: Sheet, row: number, col: number, formula: string): Computed {
    if (!this.evaluator) return PENDING;
    const k = key(row, col);
    const busy = `${sheet.name}!${k}`;
    // Marked while it is computed, so a circular reference ends as an error, not a stack overflow.
    sheet.computed.set(k, CIRCULAR);
    this.inProgress.add(busy);
    let result: Evaluated;
    try {
      result = this.evaluator.evaluate(
        formula.replace(/^=/, ""),
        { sheet: sheet.name, row, col },
        this.view
      );
    } finally {
      this.inProgress.delete(busy);
    }
    const computed = result.kind === "array" ? this.spill(sheet, row, col, result.rows) : result;
    sheet.computed.set(k, computed);
    return computed;
  }

  /** Spills an array from its anchor; the anchor's own value is the first element, or #SPILL!. */
  private spill(sheet: Sheet, row: number, col: number, values: Computed[][]): Computed {
    const rows = values.length;
    const cols = rows > 0 ? Math.max(...values.map((r) => r.length)) : 0;
    if (rows === 0 || cols === 0) return { kind: "error", code: "#CALC!" };
    if (rows === 1 && cols === 1) return values[0][0];
    const anchor = key(row, col);
    for (let r = row; r < row + rows; r++)
      for (let c = col; c < col + cols; c++) {
        if (r === row && c === col) continue;
        const k = key(r, c);
        const owner = sheet.spilledFrom.get(k);
        if (hasContent(sheet.cells.get(k)) || (owner !== undefined && owner !== anchor))
          return { kind: "error", code: "#SPILL!" };
      }
    sheet.spills.set(anchor, { rows, cols });
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        if (r === 0 && c === 0) continue;
        const k = key(row + r, col + c);
        sheet.spilledFrom.set(k, anchor);
        sheet.computed.set(k, values[r][c] ?? BLANK);
      }
    return values[0][0] ?? BLANK;
  }

  /** A blank cell's value: what a spilling formula above and to the left puts there, else blank. */
  private spilledInto(sheet: Sheet, row: number, col: number): Computed {
    if (!this.evaluator) return BLANK;
    const evaluator = this.evaluator;
    sheet.spillCandidates ??= [...sheet.cells.entries()]
      .filter(([, c]) => c.formula !== undefined && evaluator.maySpill(c.formula))
      .map(([k]) => {
        const [r, c] = k.split(",").map(Number);
        return { row: r, col: c };
      })
      // Nearest first: the anchor covering a cell is usually right above it.
      .sort((a, b) => b.row - a.row || b.col - a.col);
    const k = key(row, col);
    for (const a of sheet.spillCandidates) {
      if (a.row > row || a.col > col) continue;
      const anchor = key(a.row, a.col);
      if (sheet.computed.has(anchor) || this.inProgress.has(`${sheet.name}!${anchor}`)) continue;
      this.valueIn(sheet, a.row, a.col);
      const covered = sheet.computed.get(k);
      if (covered) return covered;
    }
    return sheet.computed.get(k) ?? BLANK;
  }

  async readRange(r: RangeRef): Promise<RangeContents> {
    const sheet = this.sheetOrThrow(r.sheet);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let row = r.row; row < r.row + r.rows; row++) {
      const v: unknown[] = [];
      const f: unknown[] = [];
      for (let col = r.col; col < r.col + r.cols; col++) {
        const content = sheet.cells.get(key(row, col));
        const computed = this.valueIn(sheet, row, col);
        v.push(
          computed.kind === "value"
            ? (computed.value ?? "")
            : computed.kind === "error"
              ? computed.code
              : ""
        );
        f.push(content?.formula ?? content?.value ?? "");
      }
      values.push(v);
      formulas.push(f);
    }
    return { values, formulas };
  }

  /** Which cells insert may write: the preview has no merges, so content and spills (computed first) block. */
  async inspectRange(r: RangeRef): Promise<RangeInspection> {
    const sheet = this.sheetOrThrow(r.sheet);
    const cells: (BlockedCell | null)[][] = [];
    for (let row = r.row; row < r.row + r.rows; row++) {
      const line: (BlockedCell | null)[] = [];
      for (let col = r.col; col < r.col + r.cols; col++) {
        const k = key(row, col);
        this.valueIn(sheet, row, col); // a blank cell asks the formulas that may spill over it
        const anchor = sheet.spilledFrom.get(k);
        if (hasContent(sheet.cells.get(k))) line.push({ by: "content", lastRow: row });
        else if (anchor !== undefined) {
          const spill = sheet.spills.get(anchor)!;
          line.push({ by: "spill", lastRow: Number(anchor.split(",")[0]) + spill.rows - 1 });
        } else line.push(null);
      }
      cells.push(line);
    }
    // Until the formula engine has loaded, no formula's spill is known.
    return { cells, unchecked: this.evaluator ? [] : ["spill"] };
  }

  async lastUsedRow(
    sheetName: string,
    fromRow: number,
    col: number,
    cols: number
  ): Promise<number> {
    const sheet = this.sheetOrThrow(sheetName);
    this.computeSpills(sheet);
    const inColumns = (c: number, width: number) => c < col + cols && c + width > col;
    let last = -1;
    for (const [k, c] of sheet.cells) {
      const [r, cc] = k.split(",").map(Number);
      if (r >= fromRow && hasContent(c) && inColumns(cc, 1)) last = Math.max(last, r);
    }
    for (const [k, s] of sheet.spills) {
      const [r, cc] = k.split(",").map(Number);
      const end = r + s.rows - 1;
      if (end >= fromRow && inColumns(cc, s.cols)) last = Math.max(last, end);
    }
    return last;
  }

  /** Writes contents (and a number format where the block sets one); each cell keeps its format, style and note. */
  async writeBlock(at: CellRef, block: CellContent[][]): Promise<void> {
    const sheet = this.sheetOrThrow(at.sheet);
    block.forEach((line, r) =>
      line.forEach((content, c) => {
        const k = key(at.row + r, at.col + c);
        const cell = kept(sheet.cells.get(k) ?? {});
        if (content.formula !== undefined) cell.formula = content.formula;
        else if (content.value !== undefined) cell.value = content.value;
        if (content.numberFormat !== undefined) cell.numberFormat = content.numberFormat;
        if (isBare(cell)) sheet.cells.delete(k);
        else sheet.cells.set(k, cell);
      })
    );
    // As Excel selects what was written (and shows its sheet).
    this.active = sheet;
    sheet.selection = { row: at.row, col: at.col };
    this.changed();
  }

  /** What the user types into the formula bar: "=…" a formula, TRUE/FALSE, a number ("1,500,000"), text, or "" to clear. */
  enter(row: number, col: number, entry: string): void {
    const cells = this.active.cells;
    const k = key(row, col);
    const text = entry.trim();
    const upper = text.toUpperCase();
    // Cleared or not, the cell keeps its format, style and note (as Excel's Delete key does).
    const cell = kept(cells.get(k) ?? {});
    if (text.startsWith("=")) cell.formula = text;
    else if (upper === "TRUE" || upper === "FALSE") cell.value = upper === "TRUE";
    else {
      const value = parseEntry(text);
      if (value !== undefined) cell.value = value;
    }
    if (isBare(cell)) cells.delete(k);
    else cells.set(k, cell);
    this.changed();
  }

  /** The area to show: the cells in use and every spill (its formulas are computed first to know them). */
  shownExtent(sheetName?: string): { rows: number; cols: number } {
    const sheet = this.find(sheetName);
    if (!sheet) return { rows: 0, cols: 0 };
    this.computeSpills(sheet);
    return this.extent(sheet.name);
  }

  /** Computes every formula that may spill, so the sheet's spills are all known. */
  private computeSpills(sheet: Sheet): void {
    if (!this.evaluator) return;
    for (const [k, c] of sheet.cells)
      if (c.formula !== undefined && this.evaluator.maySpill(c.formula)) {
        const [r, col] = k.split(",").map(Number);
        this.valueIn(sheet, r, col);
      }
  }

  /** Rows and columns in use, spills known so far included (formulas see this as the used area). */
  extent(sheetName?: string): { rows: number; cols: number } {
    const sheet = this.find(sheetName);
    if (!sheet) return { rows: 0, cols: 0 };
    let rows = 0;
    let cols = 0;
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    for (const [k, s] of sheet.spills) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + s.rows);
      cols = Math.max(cols, c + s.cols);
    }
    return { rows, cols };
  }
}
