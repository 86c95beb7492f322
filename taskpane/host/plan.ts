/**
 * A SheetPlan (src/workbook/plan.ts) as both hosts write it: one formulas grid and one number-format
 * grid for the plan's bounding box, the cell styles as runs of same-styled cells in a row, the cell
 * notes, and the look of each named style (src/workbook/styles.ts). The Excel host and the preview grid read
 * the same table, so the preview looks like the sheet Excel gets.
 */
import { type CellStyle, type PlanCell, type SheetPlan, STYLE_FORMATS } from "../../src";

export type { CellStyle, SheetPlan };

/** The look of each named style: one table in src, shared with the .xlsx writer. */
export { BORDER_COLOR, STYLE_FORMATS, type StyleFormat } from "../../src";

/** Column width in characters (as a plan gives it) → pixels at Excel's default font, about 7 px a character. */
export const widthPixels = (chars: number): number => Math.round(chars * 7 + 5);

/** … → points, the unit of Excel's Range.format.columnWidth (0.75 pt a pixel). */
export const widthPoints = (chars: number): number => widthPixels(chars) * 0.75;

/** Points (as Excel reports a column's width) → characters, the inverse of widthPoints, to 0.01. */
export const widthChars = (points: number): number =>
  Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

/** The cells of a plan by address, later cells replacing earlier ones (as planToGrid does). */
export function planCells(plan: SheetPlan): PlanCell[] {
  const byAddress = new Map<string, PlanCell>();
  for (const c of plan.cells) byAddress.set(`${c.row},${c.col}`, c);
  return [...byAddress.values()];
}

export function planExtent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return { rows, cols };
}

/**
 * The plan's bounding box as Excel's Range.formulas and Range.numberFormat take it: "" for an empty
 * cell, "General" where no format is given, and "@" (text) for a text constant, so a label such as
 * "2026–2028" or a document number is never read as a date or a number. A text the generator marked with
 * a leading apostrophe (it starts with = + - @) keeps General: the apostrophe already makes it text.
 */
export function planGrids(plan: SheetPlan): {
  formulas: (string | number | boolean)[][];
  numberFormat: string[][];
} {
  const { rows, cols } = planExtent(plan);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill("")
  );
  const numberFormat: string[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill("General")
  );
  for (const c of planCells(plan)) {
    formulas[c.row][c.col] = c.formula ?? c.value ?? "";
    numberFormat[c.row][c.col] =
      c.format ??
      (c.formula === undefined && typeof c.value === "string" && !c.value.startsWith("'")
        ? "@"
        : "General");
  }
  return { formulas, numberFormat };
}

/** A run of cells in one row with the same style: one range to format. */
export interface StyleRun {
  style: CellStyle;
  row: number;
  col: number;
  cols: number;
}

export function styleRuns(plan: SheetPlan): StyleRun[] {
  const styled = planCells(plan)
    .filter((c): c is PlanCell & { style: CellStyle } => c.style !== undefined)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRun[] = [];
  for (const c of styled) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.style === c.style && last.col + last.cols === c.col)
      last.cols += 1;
    else runs.push({ style: c.style, row: c.row, col: c.col, cols: 1 });
  }
  // Unstyled formats ("label", "formula") have nothing to apply.
  return runs.filter((r) => Object.keys(STYLE_FORMATS[r.style]).length > 0);
}

/** The plan's cell notes (why a value was assumed, what an input means). */
export function planNotes(plan: SheetPlan): { row: number; col: number; note: string }[] {
  return planCells(plan)
    .filter((c) => c.note)
    .map((c) => ({ row: c.row, col: c.col, note: c.note! }));
}
