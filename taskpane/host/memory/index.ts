/**
 * The in-memory workbook of preview mode (a plain browser, no Excel) and of the tests: named sheets of
 * cells with formulas, number formats, plan styles and notes, and their computed values (recalc.ts).
 * Formulas are computed by a FormulaEvaluator that preview mode loads on demand (preview/formulas.ts,
 * fast-formula-parser), so this module carries no formula parser and the task pane's first bundle stays
 * small.
 */
import { parseEntry } from "../../parse";
import {
  type FormulaMode,
  type ScenarioDocument,
  type SheetSnapshot,
  type StoredScenarioRecord,
  newScenarioId,
} from "../../../src";
import type { SheetPlan } from "../plan";
import { uniqueSheetName } from "../sheet-names";
import type {
  BlockedCell,
  CellContent,
  CellReading,
  CellRef,
  ExplainHost,
  RangeInspection,
  RangeRef,
  ReferenceReading,
  StoredScenario,
  WorkbookHost,
} from "../types";
import { readReferences, readValue } from "./explain";
import { type WorkbookState, fromState, loadState, saveState, workbookState } from "./persist";
import { snapshotOf } from "./read-sheet";
import { Recalc } from "./recalc";
import { Sheet, hasContent, isBare, kept, key } from "./sheet";
import type {
  Computed,
  FormulaEvaluator,
  MemoryCell,
  RangeContents,
  SheetLayout,
  Spill,
  WorkbookView,
} from "./types";

export type * from "./types";

const NO_SHEET: Computed = { kind: "error", code: "#REF!" };

export class MemoryWorkbook implements WorkbookHost, ExplainHost {
  readonly kind = "preview";
  private sheets: Sheet[] = [new Sheet("Sheet1")];
  private active: Sheet = this.sheets[0];
  /** The scenario documents saveScenario stored (Excel keeps them in custom XML parts), by id. */
  private readonly stored = new Map<string, StoredScenarioRecord>();
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly view: WorkbookView = {
    value: (sheet, row, col) => this.value(row, col, sheet),
    extent: (sheet) => this.extent(sheet),
    name: (sheet, name) => this.find(sheet)?.names.get(name.toUpperCase()),
  };
  private readonly recalc = new Recalc(this.view);

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
    this.recalc.evaluator = evaluator;
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
    this.sheetOrThrow(sheetName).writePlan(plan);
    this.changed();
  }

  /** As Excel reads a sheet; spills are checked once the formula engine has loaded. */
  async readSheet(sheetName: string): Promise<SheetSnapshot> {
    const sheet = this.sheetOrThrow(sheetName);
    this.recalc.computeSpills(sheet);
    const valueIn = (row: number, col: number) => this.recalc.valueIn(sheet, row, col);
    return snapshotOf(sheet, valueIn, this.recalc.evaluator !== undefined);
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
    return sheet ? this.recalc.valueIn(sheet, row, col) : NO_SHEET;
  }

  /** The size of the spill anchored at a cell, if its formula spilled. */
  spillAt(row: number, col: number, sheetName?: string): Spill | undefined {
    const sheet = this.find(sheetName);
    if (!sheet) return undefined;
    this.recalc.valueIn(sheet, row, col);
    return sheet.spills.get(key(row, col));
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
        const computed = this.recalc.valueIn(sheet, row, col);
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
        this.recalc.valueIn(sheet, row, col); // a blank cell asks the formulas that may spill over it
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
    return { cells, unchecked: this.recalc.evaluator ? [] : ["spill"] };
  }

  async lastUsedRow(
    sheetName: string,
    fromRow: number,
    col: number,
    cols: number
  ): Promise<number> {
    const sheet = this.sheetOrThrow(sheetName);
    this.recalc.computeSpills(sheet);
    return sheet.lastUsedRow(fromRow, col, cols);
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
    this.recalc.computeSpills(sheet);
    return this.extent(sheet.name);
  }

  /** Rows and columns in use, spills known so far included (formulas see this as the used area). */
  extent(sheetName?: string): { rows: number; cols: number } {
    return this.find(sheetName)?.extent() ?? { rows: 0, cols: 0 };
  }

  // ── Scenarios remembered, and the browser's copy (persist.ts) ─────────────────────────────────────

  /** As the Excel host: the sheet marked with its id (a copied sheet would keep it), the document kept. */
  async saveScenario(
    sheetName: string,
    document: ScenarioDocument,
    formulas: FormulaMode
  ): Promise<string> {
    const sheet = this.sheetOrThrow(sheetName);
    const id = newScenarioId();
    sheet.scenarioId = id;
    this.stored.set(id, { id, formulas, document });
    this.moved();
    return id;
  }

  async listScenarios(): Promise<StoredScenario[]> {
    return this.sheets.flatMap((s) => {
      const r = s.scenarioId !== undefined ? this.stored.get(s.scenarioId) : undefined;
      return r ? [{ sheet: s.name, ...r, storedIn: "memory" as const }] : [];
    });
  }

  /** Everything the workbook holds but what it computes (persist.ts). */
  state(): WorkbookState {
    return workbookState(this.sheets, this.active, this.stored.values());
  }

  /** Replaces the whole workbook by a saved state; throws (changing nothing) for one that does not read. */
  restore(state: unknown): void {
    const { sheets, active, scenarios } = fromState(state);
    this.sheets = sheets;
    this.active = active;
    this.stored.clear();
    for (const r of scenarios) this.stored.set(r.id, r);
    this.changed();
  }

  /** "Save in this browser": the state in localStorage. */
  saveInBrowser(): void {
    saveState(this.state());
  }

  /** The workbook saved in this browser, if any reads; whether one was restored. */
  restoreFromBrowser(): boolean {
    const saved = loadState();
    if (saved === undefined) return false;
    try {
      this.restore(saved);
      return true;
    } catch (e) {
      console.warn("The preview workbook saved in this browser was not restored:", e);
      return false;
    }
  }

  // ── Explain the selected cell ───────────────────────────────────────────────────────────────────

  async readCell(cell: CellRef): Promise<CellReading> {
    const content = this.sheetOrThrow(cell.sheet).cells.get(key(cell.row, cell.col));
    return {
      formula: content?.formula ?? content?.value ?? "",
      value: readValue(this.value(cell.row, cell.col, cell.sheet)),
    };
  }

  async readReferences(sheet: string, refs: readonly string[]): Promise<ReferenceReading[]> {
    return readReferences(this.view, (name) => this.find(name) !== undefined, sheet, refs);
  }

  /** Every change of cells, values, sheets or selection: the preview has no event to miss. */
  async watchSelection(listener: () => void): Promise<() => void> {
    const stop = this.subscribe(listener);
    return () => void stop();
  }
}
