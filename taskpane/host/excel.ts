/**
 * The Excel host: with excel-inspect.ts (what blocks a range) and excel-plan.ts (writing a sheet plan), the
 * only code that calls Excel.run. Every property is read only after load() and
 * sync(). Requirement sets: ExcelApi 1.2 for cells (getSelectedRange, getCell, formulas, numberFormat,
 * select, autofitColumns, format.columnWidth), 1.4 for getUsedRangeOrNullObject and worksheet-scoped names,
 * 1.7 for freezePanes: every Excel with the add-in's shared runtime has them. Optional, checked in
 * host/requirements.ts: 1.8 for the data-validation prompt that carries a plan's cell notes (skipped where
 * unsupported), 1.9 for a plan's page layout (skipped with a console note where unsupported), 1.12 for
 * spill parents and 1.13 for merged areas (insert says "not checked" where unsupported). A plan's charts
 * (excel-chart.ts) need no more than 1.7.
 *
 * Insert keeps what a cell holds: it writes values and formulas, a number format only where the block
 * sets one, and never a fill, font or note.
 */
import { parseAddress, localRange, MAX_ROWS } from "./address";
import { inspectRange } from "./excel-inspect";
import { readCell, readReferences, watchSelection } from "./excel-explain";
import { readSheet } from "./excel-read";
import { listScenarios, saveScenario } from "./excel-scenarios";
import { writePlan } from "./excel-plan";
import type { SheetPlan } from "./plan";
import type { FormulaMode, ScenarioDocument, SheetSnapshot } from "../../src";
import { uniqueSheetName } from "./sheet-names";
import type {
  CellContent,
  CellReading,
  CellRef,
  ExplainHost,
  RangeInspection,
  RangeRef,
  ReferenceReading,
  StoredScenario,
  WorkbookHost,
} from "./types";

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

export class ExcelHost implements WorkbookHost, ExplainHost {
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
    return inspectRange(r);
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
  /** All or nothing: a failed write removes the sheet (excel-plan.ts). */
  writePlan(sheet: string, plan: SheetPlan): Promise<void> {
    return writePlan(sheet, plan);
  }

  /** Two round trips whatever the sheet's size (excel-read.ts). */
  readSheet(sheet: string): Promise<SheetSnapshot> {
    return readSheet(sheet);
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

  /** A custom XML part and a worksheet-scoped name (excel-scenarios.ts). */
  saveScenario(sheet: string, document: ScenarioDocument, formulas: FormulaMode): Promise<string> {
    return saveScenario(sheet, document, formulas);
  }

  listScenarios(): Promise<StoredScenario[]> {
    return listScenarios();
  }

  // Explain the selected cell (excel-explain.ts).
  readCell(cell: CellRef): Promise<CellReading> {
    return readCell(cell);
  }

  readReferences(sheet: string, refs: readonly string[]): Promise<ReferenceReading[]> {
    return readReferences(sheet, refs);
  }

  watchSelection(listener: () => void): Promise<(() => void) | undefined> {
    return watchSelection(listener);
  }
}
