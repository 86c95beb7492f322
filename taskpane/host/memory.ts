/**
 * The in-memory workbook of preview mode (a plain browser, no Excel) and of the tests: one sheet of
 * cells with formulas, number formats and computed values. Formulas are computed by a FormulaEvaluator
 * that preview mode loads on demand (preview/formulas.ts, fast-formula-parser), so this file carries
 * no formula parser and the task pane's first bundle stays small.
 */
import { parseEntry } from "../parse";
import type {
  CellContent,
  CellRef,
  CellValue,
  RangeContents,
  RangeRef,
  WorkbookHost,
} from "./types";

export type Computed =
  | { kind: "value"; value: CellValue | null }
  | { kind: "error"; code: string; message?: string }
  /** A formula waiting for the evaluator to load. */
  | { kind: "pending" };

/** The sheet as a formula sees it: computed values (0-based) and the used area. */
export interface SheetView {
  value(row: number, col: number): Computed;
  rows: number;
  cols: number;
}

export interface FormulaEvaluator {
  evaluate(formula: string, at: CellRef, sheet: SheetView): Computed;
}

const key = (row: number, col: number) => `${row},${col}`;
const BLANK: Computed = { kind: "value", value: null };

export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "preview";
  readonly sheet = "Sheet1";
  private readonly cells = new Map<string, CellContent>();
  private computed = new Map<string, Computed>();
  private active: CellRef = { sheet: this.sheet, row: 0, col: 0 };
  private evaluator: FormulaEvaluator | undefined;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /** For useSyncExternalStore: a number that changes with every change of cells, values or selection. */
  readonly getVersion = () => this.version;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.computed = new Map();
    this.version += 1;
    this.listeners.forEach((l) => l());
  }

  setEvaluator(evaluator: FormulaEvaluator): void {
    this.evaluator = evaluator;
    this.changed();
  }

  async getActiveCell(): Promise<CellRef> {
    return this.active;
  }

  /** The active cell, synchronously, for rendering. */
  activeCell(): CellRef {
    return this.active;
  }

  setActiveCell(row: number, col: number): void {
    this.active = { sheet: this.sheet, row, col };
    this.changed();
  }

  content(row: number, col: number): CellContent | undefined {
    return this.cells.get(key(row, col));
  }

  /** The computed value of a cell (formulas evaluated on demand, once per change of the workbook). */
  value(row: number, col: number): Computed {
    const k = key(row, col);
    const cached = this.computed.get(k);
    if (cached) return cached;
    const content = this.cells.get(k);
    if (!content?.formula)
      return content?.value === undefined ? BLANK : { kind: "value", value: content.value };
    if (!this.evaluator) return { kind: "pending" };
    // Mark the cell while it is being computed, so a circular reference ends as an error, not a stack overflow.
    this.computed.set(k, { kind: "error", code: "#REF!", message: "circular reference" });
    const view: SheetView = { value: (r, c) => this.value(r, c), ...this.extent() };
    const result = this.evaluator.evaluate(
      content.formula.replace(/^=/, ""),
      { sheet: this.sheet, row, col },
      view
    );
    this.computed.set(k, result);
    return result;
  }

  async readRange(r: RangeRef): Promise<RangeContents> {
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let row = r.row; row < r.row + r.rows; row++) {
      const v: unknown[] = [];
      const f: unknown[] = [];
      for (let col = r.col; col < r.col + r.cols; col++) {
        const content = this.cells.get(key(row, col));
        const computed = this.value(row, col);
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

  async writeBlock(at: CellRef, block: CellContent[][]): Promise<void> {
    block.forEach((line, r) =>
      line.forEach((content, c) => {
        const k = key(at.row + r, at.col + c);
        if (
          content.formula === undefined &&
          content.value === undefined &&
          content.numberFormat === undefined
        )
          this.cells.delete(k);
        else this.cells.set(k, content);
      })
    );
    this.active = { sheet: this.sheet, row: at.row, col: at.col }; // as Excel selects what was written
    this.changed();
  }

  /** What the user types into the formula bar: "=…" a formula, TRUE/FALSE, a number ("1,500,000"), text, or "" to clear. */
  enter(row: number, col: number, entry: string): void {
    const numberFormat = this.cells.get(key(row, col))?.numberFormat;
    const text = entry.trim();
    const upper = text.toUpperCase();
    const content: CellContent = text.startsWith("=")
      ? { formula: text }
      : upper === "TRUE" || upper === "FALSE"
        ? { value: upper === "TRUE" }
        : { value: parseEntry(text) };
    if (content.formula === undefined && content.value === undefined)
      this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), { ...content, numberFormat });
    this.changed();
  }

  /** Rows and columns in use (for sizing the preview grid). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }
}
