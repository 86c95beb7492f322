/**
 * The Excel host: the only file that calls Excel.run. Every property is read only after load() and
 * sync(); requirement set ExcelApi 1.2 (getSelectedRange, getCell, formulas, numberFormat, select,
 * autofitColumns), so it runs in every Excel that supports the add-in's shared runtime.
 */
import { localRange, parseAddress } from "./address";
import type { CellContent, CellRef, RangeContents, RangeRef, WorkbookHost } from "./types";

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

  readRange(r: RangeRef): Promise<RangeContents> {
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(r.sheet).getRange(localRange(r));
      range.load(["values", "formulas"]);
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
  }

  writeBlock(at: CellRef, cells: CellContent[][]): Promise<void> {
    return Excel.run(async (context) => {
      const target = { ...at, rows: cells.length, cols: cells[0].length };
      const range = context.workbook.worksheets.getItem(at.sheet).getRange(localRange(target));
      // One write for the whole block: constants and formulas both go through `formulas`.
      range.formulas = cells.map((line) => line.map((c) => c.formula ?? c.value ?? ""));
      range.numberFormat = cells.map((line) => line.map((c) => c.numberFormat ?? "General"));
      range.format.autofitColumns();
      range.select();
      await context.sync();
    });
  }
}
