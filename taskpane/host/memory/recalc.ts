/**
 * How the preview workbook computes values: lazily, once per change of the workbook. A formula returning
 * an array spills, as in Excel 365: its values fill the cells below and to the right, or the formula
 * shows #SPILL! when one of those cells holds something. A blank cell therefore asks the formulas above
 * and to its left that may spill (the evaluator says which: those calling an array function) whether
 * they cover it.
 */
import { BLANK, type Sheet, hasContent, key } from "./sheet";
import type { Computed, Evaluated, FormulaEvaluator, WorkbookView } from "./types";

const PENDING: Computed = { kind: "pending" };
const CIRCULAR: Computed = { kind: "error", code: "#REF!", message: "circular reference" };

export class Recalc {
  /** Loaded on demand in preview mode: until then every formula is pending. */
  evaluator: FormulaEvaluator | undefined;
  /** Cells being computed ("sheet!row,col"): a spill lookup skips them rather than recurse. */
  private readonly inProgress = new Set<string>();

  /** `view` is the whole workbook as a formula sees it (its values come back here). */
  constructor(private readonly view: WorkbookView) {}

  /** A cell's value, computed on demand and kept until the workbook changes (Sheet.reset). */
  valueIn(sheet: Sheet, row: number, col: number): Computed {
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

  /** Computes every formula that may spill, so the sheet's spills are all known. */
  computeSpills(sheet: Sheet): void {
    if (!this.evaluator) return;
    for (const [k, c] of sheet.cells)
      if (c.formula !== undefined && this.evaluator.maySpill(c.formula)) {
        const [r, col] = k.split(",").map(Number);
        this.valueIn(sheet, r, col);
      }
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
}
