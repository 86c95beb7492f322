/**
 * The Excel host: the only file that calls Excel.run. Every property is read only after load() and
 * sync(). Requirement sets: ExcelApi 1.2 for cells (getSelectedRange, getCell, formulas, numberFormat,
 * select, autofitColumns, format.columnWidth), 1.4 for getUsedRangeOrNullObject and worksheet-scoped names,
 * 1.7 for freezePanes: every Excel with the add-in's shared runtime has them. Optional, checked in
 * host/requirements.ts: 1.8 for the data-validation prompt that carries a plan's cell notes (skipped where
 * unsupported), 1.12 for spill parents and 1.13 for merged areas (insert says "not checked" where unsupported).
 *
 * Insert keeps what a cell holds: it writes values and formulas, a number format only where the block
 * sets one, and never a fill, font or note.
 */
import { columnName, ref } from "../../src";
import { MAX_ROWS, localRange, parseAddress } from "./address";
import {
  BORDER_COLOR,
  STYLE_FORMATS,
  type SheetPlan,
  type StyleFormat,
  planExtent,
  planGrids,
  planNotes,
  styleRuns,
  widthPoints,
} from "./plan";
import { supports } from "./requirements";
import { uniqueSheetName } from "./sheet-names";
import { SheetWriteError } from "./sheet-write-error";
import type {
  BlockedCell,
  CellContent,
  CellRef,
  RangeInspection,
  RangeRef,
  UncheckedBlocker,
  WorkbookHost,
} from "./types";

/** Excel's data-validation prompt: a title of at most 32 characters, a message of at most 255. */
const PROMPT_MESSAGE_MAX = 255;

/** Sets a plan style's font, fill and borders on a range (writes only: nothing to load). */
function applyFormat(range: Excel.Range, f: StyleFormat): void {
  if (f.bold) range.format.font.bold = true;
  if (f.italic) range.format.font.italic = true;
  if (f.size) range.format.font.size = f.size;
  if (f.color) range.format.font.color = f.color;
  if (f.fill) range.format.fill.color = f.fill;
  for (const [edge, on] of [
    ["EdgeTop", f.borderTop],
    ["EdgeBottom", f.borderBottom],
  ] as const) {
    if (!on) continue;
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = BORDER_COLOR;
  }
}

const promptSupported = () => supports("notePrompts");

/** Excel reports an empty cell as "" in both values and formulas; a formula returning "" is not empty. */
export function isEmptyCell(value: unknown, formula: unknown): boolean {
  return (
    (value === "" || value === null || value === undefined) &&
    (formula === "" || formula === null || formula === undefined)
  );
}

/** A column run of cells, relative to the block, that the block gives the same number format. */
interface FormatRun {
  row: number;
  col: number;
  rows: number;
  format: string;
}

/** The block's number formats as runs down each column; cells without one are in no run, so keep theirs. */
export function formatRuns(cells: CellContent[][]): FormatRun[] {
  const runs: FormatRun[] = [];
  const cols = Math.max(0, ...cells.map((line) => line.length));
  for (let col = 0; col < cols; col++) {
    let run: FormatRun | undefined;
    cells.forEach((line, row) => {
      const format = line[col]?.numberFormat;
      if (format !== undefined && run?.format === format && run.row + run.rows === row)
        run.rows += 1;
      else if (format !== undefined) runs.push((run = { row, col, rows: 1, format }));
      else run = undefined;
    });
  }
  return runs;
}

interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** The merged area hiding a cell (one inside it but not its top-left cell), if any. */
const hidingMerge = (merges: readonly Area[], row: number, col: number) =>
  merges.find(
    (m) =>
      row >= m.rowIndex &&
      row < m.rowIndex + m.rowCount &&
      col >= m.columnIndex &&
      col < m.columnIndex + m.columnCount &&
      (row !== m.rowIndex || col !== m.columnIndex)
  );

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel";

  getActiveCell(): Promise<CellRef> {
    return Excel.run(async (context) => {
      const cell = context.workbook.getSelectedRange().getCell(0, 0);
      cell.load("address");
      await context.sync();
      return parseAddress(cell.address);
    });
  }

  inspectRange(r: RangeRef): Promise<RangeInspection> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(r.sheet);
      const range = ws.getRange(localRange(r));
      range.load(["values", "formulas"]);
      const unchecked: UncheckedBlocker[] = [];
      // getMergedAreasOrNullObject reports a merge only if its top-left cell lies in the range asked, so
      // ask from A1 to the target's bottom-right corner: every merge that can cover a target cell starts there.
      let merges: Excel.RangeAreas | undefined;
      if (supports("merges")) {
        const corner = {
          sheet: r.sheet,
          row: 0,
          col: 0,
          rows: r.row + r.rows,
          cols: r.col + r.cols,
        };
        merges = ws.getRange(localRange(corner)).getMergedAreasOrNullObject();
        merges.load(
          "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"
        );
      } else unchecked.push("merge");
      // getSpillParentOrNullObject answers for one cell only: one small request per target cell.
      let parents: Excel.Range[][] | undefined;
      if (supports("spills")) {
        parents = Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => {
            const parent = range.getCell(i, j).getSpillParentOrNullObject();
            parent.load("rowIndex,columnIndex");
            return parent;
          })
        );
      } else unchecked.push("spill");
      await context.sync();

      const mergeAreas: Area[] = merges && !merges.isNullObject ? merges.areas.items : [];
      const cells: (BlockedCell | null)[][] = range.values.map((line, i) =>
        line.map((value, j) => {
          const row = r.row + i;
          const col = r.col + j;
          // A spill first, blank or not: where it ends is known, so a search for room jumps past all of it.
          const parent = parents?.[i][j];
          if (
            parent &&
            !parent.isNullObject &&
            (parent.rowIndex !== row || parent.columnIndex !== col)
          )
            return { by: "spill", lastRow: row };
          if (!isEmptyCell(value, range.formulas[i][j])) return { by: "content", lastRow: row };
          const merge = hidingMerge(mergeAreas, row, col);
          return merge ? { by: "merge", lastRow: merge.rowIndex + merge.rowCount - 1 } : null;
        })
      );
      await this.spillEnds(context, ws, cells, parents);
      return { cells, unchecked };
    });
  }

  /** Where each blocking spill ends (a second round trip, only when a spill blocks), so a search for room jumps past it. */
  private async spillEnds(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    cells: (BlockedCell | null)[][],
    parents: Excel.Range[][] | undefined
  ): Promise<void> {
    const byAnchor = new Map<string, { spill: Excel.Range; blocked: BlockedCell[] }>();
    cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (cell?.by !== "spill") return;
        const parent = parents![i][j];
        const anchor = ref(parent.rowIndex, parent.columnIndex);
        let entry = byAnchor.get(anchor);
        if (!entry) {
          const spill = ws.getRange(anchor).getSpillingToRangeOrNullObject();
          spill.load("rowIndex,rowCount");
          byAnchor.set(anchor, (entry = { spill, blocked: [] }));
        }
        entry.blocked.push(cell);
      })
    );
    if (byAnchor.size === 0) return;
    await context.sync();
    for (const { spill, blocked } of byAnchor.values())
      if (!spill.isNullObject)
        for (const cell of blocked) cell.lastRow = spill.rowIndex + spill.rowCount - 1;
  }

  lastUsedRow(sheet: string, fromRow: number, col: number, cols: number): Promise<number> {
    return Excel.run(async (context) => {
      const below = { sheet, row: fromRow, col, rows: MAX_ROWS - fromRow, cols };
      // Values only: a cell with just a format, fill or note is free, so it must not push the block down.
      const used = context.workbook.worksheets
        .getItem(sheet)
        .getRange(localRange(below))
        .getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      await context.sync();
      return used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
    });
  }

  writeBlock(at: CellRef, cells: CellContent[][]): Promise<void> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(at.sheet);
      // Number formats first, and only where the block sets one: a cell formatted as text beforehand
      // would otherwise keep a number the block writes as text; other cells keep their format.
      for (const run of formatRuns(cells))
        ws.getRange(
          localRange({
            sheet: at.sheet,
            row: at.row + run.row,
            col: at.col + run.col,
            rows: run.rows,
            cols: 1,
          })
        ).numberFormat = Array.from({ length: run.rows }, () => [run.format]);
      const target = { ...at, rows: cells.length, cols: cells[0].length };
      const range = ws.getRange(localRange(target));
      // One write for the whole block: constants and formulas both go through `formulas`.
      range.formulas = cells.map((line) => line.map((c) => c.formula ?? c.value ?? ""));
      range.format.autofitColumns();
      range.select();
      await context.sync();
    });
  }

  addWorksheet(baseName: string): Promise<string> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        baseName,
        sheets.items.map((ws) => ws.name)
      );
      sheets.add(name);
      await context.sync();
      return name;
    });
  }

  /**
   * Writes the plan's defined names (worksheet-scoped, ExcelApi 1.4) first, then its cells, styles,
   * widths and frozen rows, in one batch. If that batch fails, the sheet addWorksheet created for it is
   * removed and a SheetWriteError says so: a failed write leaves no half sheet behind.
   */
  async writePlan(sheet: string, plan: SheetPlan): Promise<void> {
    try {
      await this.writePlanContent(sheet, plan);
    } catch (e) {
      let removed = false;
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).delete();
          await context.sync();
        });
        removed = true;
      } catch (cleanup) {
        console.warn(`The half-written sheet ${sheet} could not be removed:`, cleanup);
      }
      throw new SheetWriteError(sheet, removed, e);
    }
    await this.writePlanNotes(sheet, plan);
  }

  private async writePlanContent(sheet: string, plan: SheetPlan): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      // Names before formulas, so no formula is ever written referring to a name that is not there yet.
      for (const n of plan.names ?? [])
        ws.names.add(
          n.name,
          ws.getRange(localRange({ sheet, row: n.row, col: n.col, rows: n.rows, cols: n.cols }))
        );
      const { rows, cols } = planExtent(plan);
      if (rows > 0 && cols > 0) {
        const range = ws.getRange(localRange({ sheet, row: 0, col: 0, rows, cols }));
        const { formulas, numberFormat } = planGrids(plan);
        // Formats first: a text cell ("@") then keeps "2026–2028" or "0.5" as the text it is.
        range.numberFormat = numberFormat;
        range.formulas = formulas;
      }
      for (const run of styleRuns(plan))
        applyFormat(ws.getRange(localRange({ sheet, ...run, rows: 1 })), STYLE_FORMATS[run.style]);
      plan.columnWidths.forEach((chars, col) => {
        const letters = columnName(col);
        ws.getRange(`${letters}:${letters}`).format.columnWidth = widthPoints(chars);
      });
      if (plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
      await context.sync();
    });
  }

  private async writePlanNotes(sheet: string, plan: SheetPlan): Promise<void> {
    // Notes are help, not content: written apart, so an Excel without data-validation prompts (or one
    // that refuses a prompt) still gets the whole sheet.
    const notes = planNotes(plan);
    if (notes.length === 0 || !promptSupported()) return;
    try {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const n of notes) {
          const message =
            n.note.length > PROMPT_MESSAGE_MAX
              ? `${n.note.slice(0, PROMPT_MESSAGE_MAX - 1)}…`
              : n.note;
          ws.getRange(
            localRange({ sheet, row: n.row, col: n.col, rows: 1, cols: 1 })
          ).dataValidation.prompt = {
            showPrompt: true,
            title: "",
            message,
          };
        }
        await context.sync();
      });
    } catch (e) {
      console.warn("Cell notes were not written:", e);
    }
  }

  activateWorksheet(sheet: string): Promise<void> {
    return Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  getActiveWorksheet(): Promise<string> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }
}
