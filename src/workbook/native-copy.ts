/**
 * "Copy sheet with native formulas" (issue 14): the contents of a new sheet made from an existing one, with
 * no SUBSIDY.* wherever the add-in can say the same in ordinary formulas — so the copy computes in an Excel
 * without the add-in, in LibreOffice or WPS — and a report of what became of every SUBSIDY call. The
 * original sheet is only read.
 *  - a clause function's call → its native twin over the same argument texts, in place (rewrite.ts);
 *  - IN_FORCE, CLAUSE → their values now, as literals (a cell holding only that call gets the value);
 *  - EACH → one twin per cell of its spill (each.ts);
 *  - EXPLAIN → the values it shows (the copy's plan adds a note saying they are not recomputed);
 *  - STACK → the sum of its rows' counted amounts, STACK_ROWS → one counted formula per cell of its
 *    spill, natively where their ranges are on the sheet (native-copy-stack.ts, the native scenario's
 *    masks);
 *  - whatever else → left as written, listed in the report by cell.
 * Formulas without SUBSIDY calls and constants are copied as they are; a spill's other cells stay empty
 * (the copied formula spills there again) unless the copy writes them.
 */
import { type FormulaCall, scanFormula } from "../format/formula-calls";
import { argumentTexts, eachTwins } from "./native-copy-each";
import { cellName } from "./native-copy-refs";
import { nativeStackRows } from "./native-copy-stack";
import { NAMESPACE, rewriteFormula, subsidyName } from "./native-copy-rewrite";
import type {
  CopiedCell,
  CopyEntry,
  KeptReason,
  NativeCopy,
  NativeCopyReport,
  SheetArea,
  SheetSnapshot,
} from "./native-copy-types";
import { type SheetFunctionCall, argumentReader, valueContent } from "./native-copy-values";

export type * from "./native-copy-types";
export type { SheetFunctionCall } from "./native-copy-values";

const key = (row: number, col: number) => `${row},${col}`;

class Copier {
  private readonly out = new Map<string, CopiedCell>();
  readonly entries: CopyEntry[] = [];
  private readonly spillAt = new Map<string, SheetArea>();
  /** Cells in a spill other than its anchor. */
  private readonly spilled = new Set<string>();
  private readonly read;

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly compute: SheetFunctionCall
  ) {
    for (const s of sheet.spills) {
      this.spillAt.set(key(s.row, s.col), s);
      for (let r = 0; r < s.rows; r++)
        for (let c = 0; c < s.cols; c++) if (r || c) this.spilled.add(key(s.row + r, s.col + c));
    }
    this.read = argumentReader((row, col) => this.valueAt(row, col));
  }

  private at(grid: unknown[][], row: number, col: number): unknown {
    return grid[row - this.sheet.row]?.[col - this.sheet.col] ?? "";
  }
  private valueAt(row: number, col: number): unknown {
    return this.at(this.sheet.values, row, col);
  }

  private put(row: number, col: number, content: Omit<CopiedCell, "row" | "col">): void {
    if (content.formula === undefined && content.value === undefined) return;
    this.out.set(key(row, col), { row, col, ...content });
  }

  run(): CopiedCell[] {
    const { formulas } = this.sheet;
    formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        const row = this.sheet.row + i;
        const col = this.sheet.col + j;
        // A spill's other cells are written by their anchor, or left for the copied formula to spill into.
        if (this.spilled.has(key(row, col)) || f === "" || f === null || f === undefined) return;
        if (typeof f === "string" && f.startsWith("=")) this.formula(row, col, f);
        else this.put(row, col, { value: f as CopiedCell["value"] });
      })
    );
    return [...this.out.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  private record(row: number, col: number, fn: string, outcome: CopyEntry["outcome"], extra = {}) {
    this.entries.push({ cell: cellName(row, col), fn, outcome, ...extra });
  }

  private formula(row: number, col: number, formula: string): void {
    let calls: FormulaCall[];
    try {
      calls = scanFormula(formula).calls.filter((c) => subsidyName(c) !== undefined);
    } catch {
      calls = [];
    }
    const whole = calls.find((c) => formula.slice(1).trim() === formula.slice(c.start, c.end));
    const wholeName = whole && subsidyName(whole);
    if (calls.some((c) => subsidyName(c) === "EXPLAIN")) return this.values(row, col, "EXPLAIN");
    if (wholeName === "IN_FORCE" || wholeName === "CLAUSE") {
      this.put(row, col, valueContent(this.valueAt(row, col)));
      return this.record(row, col, wholeName, "literal");
    }
    if (wholeName === "STACK_ROWS") {
      if (!this.stackRows(row, col, argumentTexts(formula, whole!)))
        this.put(row, col, { formula });
      return;
    }
    if (wholeName === "EACH") {
      // Kept as written when it cannot be split: it spills again into the cells its anchor leaves empty.
      if (!this.each(row, col, formula, whole!)) this.put(row, col, { formula });
      return;
    }
    const done = rewriteFormula(formula, {
      cell: cellName(row, col),
      read: this.read,
      compute: this.compute,
      valueAt: (r, c) => this.valueAt(r, c),
    });
    this.entries.push(...done.entries);
    this.put(row, col, { formula: done.formula });
  }

  /** The values a formula shows (its whole spill), as constants. */
  private values(row: number, col: number, fn: string): void {
    const spill = this.spillAt.get(key(row, col)) ?? { row, col, rows: 1, cols: 1 };
    for (let r = spill.row; r < spill.row + spill.rows; r++)
      for (let c = spill.col; c < spill.col + spill.cols; c++)
        this.put(r, c, valueContent(this.valueAt(r, c)));
    this.record(row, col, fn, "values");
  }

  /** EACH as one twin per cell of its spill; false (recorded) when it stays as written. */
  private each(row: number, col: number, formula: string, call: FormulaCall): boolean {
    const twins = eachTwins(argumentTexts(formula, call), this.read, this.sheet.names);
    if (twins.ok && !this.spillFits(row, col, twins.rows, twins.cols)) {
      this.record(row, col, twins.fn, "kept", { reason: "each-spill" });
      return false;
    }
    if (!twins.ok) {
      const { reason, detail } = twins;
      this.record(row, col, twins.fn, "kept", detail ? { reason, detail } : { reason });
      return false;
    }
    for (let r = 0; r < twins.rows; r++)
      for (let c = 0; c < twins.cols; c++)
        this.put(row + r, col + c, { formula: twins.formula(r, c) });
    this.record(row, col, twins.fn, "twin");
    return true;
  }

  /** STACK_ROWS as one counted formula per cell of its spill; false (recorded) when it stays as written. */
  private stackRows(row: number, col: number, args: string[]): boolean {
    const stack = nativeStackRows(
      args.map((a) => (a.trim() === "" ? undefined : a.trim())),
      (r, c) => this.valueAt(r, c)
    );
    const fits = stack.ok && this.spillFits(row, col, Math.max(stack.rows.length, 1), 1);
    if (!stack.ok || !fits) {
      const why: { reason: KeptReason; detail?: string } = stack.ok
        ? { reason: "each-spill" }
        : stack;
      this.record(row, col, "STACK_ROWS", "kept", {
        reason: why.reason,
        ...(why.detail ? { detail: why.detail } : {}),
      });
      return false;
    }
    stack.rows.forEach((f, k) => this.put(row + k, col, { formula: `=${f}` }));
    this.record(row, col, "STACK_ROWS", "twin");
    return true;
  }

  /** Whether EACH's result filled rows × cols from its cell (with spills unknown: whether those cells are free). */
  private spillFits(row: number, col: number, rows: number, cols: number): boolean {
    const spill = this.spillAt.get(key(row, col));
    if (this.sheet.spillsChecked)
      return spill
        ? spill.rows === rows && spill.cols === cols
        : rows * cols === 1 && !String(this.valueAt(row, col)).startsWith("#SPILL");
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        if ((r || c) && this.at(this.sheet.formulas, row + r, col + c) !== "") return false;
    return true;
  }
}

/** The cells of the copy still calling SUBSIDY.*, by cell, read from what the copy writes. */
function remaining(cells: readonly CopiedCell[]): NativeCopyReport["remaining"] {
  const out: NativeCopyReport["remaining"] = [];
  for (const c of cells) {
    if (!c.formula?.toUpperCase().includes(NAMESPACE)) continue;
    let names: string[];
    try {
      names = scanFormula(c.formula).calls.flatMap((call) => subsidyName(call) ?? []);
    } catch {
      names = ["?"];
    }
    if (names.length > 0)
      out.push({ cell: cellName(c.row, c.col), functions: [...new Set(names)] });
  }
  return out;
}

/**
 * The new sheet's contents and the report. `compute` is how a SUBSIDY function computes now (`calculate`),
 * for IN_FORCE and CLAUSE calls inside larger formulas.
 */
export function copyWithNativeFormulas(
  sheet: SheetSnapshot,
  compute: SheetFunctionCall
): NativeCopy {
  const copier = new Copier(sheet, compute);
  const cells = copier.run();
  return {
    cells,
    report: {
      entries: copier.entries,
      remaining: remaining(cells),
      spillsChecked: sheet.spillsChecked,
    },
  };
}
