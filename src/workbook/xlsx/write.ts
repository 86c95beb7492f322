/**
 * Sheet plans → an .xlsx file (issue 14): values, formulas, number formats, styles, notes, worksheet-scoped
 * defined names, frozen header rows, column widths and print settings (orientation, fit to one page
 * wide, print titles). A plan's charts are not written: ExcelJS writes no charts. Formulas are written WITHOUT cached results and the
 * workbook asks for a full recalculation on load, so no reader shows a number the file did not compute:
 * Excel recalculates, and LibreOffice computes every formula that has no cached value.
 *
 * ExcelJS is imported when a file is written, so a bundle that imports this module (the task pane) loads
 * it as a chunk of its own on the first download. Browser-safe: writeBuffer, no file system.
 */
import type { Workbook, Worksheet } from "exceljs";
import { blockRef, sheetPrefix } from "../../format/a1";
import type { PlanCell, PlanName, PrintPlan, SheetPlan } from "../plan";
import { xlsxStyle } from "./styles";

/** The bytes of an .xlsx workbook holding `plans` as its sheets, in order. */
export async function writeXlsx(plans: readonly SheetPlan[]): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await import(/* webpackChunkName: "xlsx" */ "exceljs");
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  plans.forEach((plan) => writeSheet(workbook.addWorksheet(plan.sheetName), plan));
  defineScopedNames(workbook, plans);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A name's cells as a defined name refers to them: 'Scenario'!$F$12 or 'Scenario'!$F$12:$F$14. */
export const nameRef = (sheet: string, n: PlanName): string =>
  `${sheetPrefix(sheet)}${blockRef(n.row, n.col, n.rows, n.cols, { row: true, col: true })}`;

function writeSheet(ws: Worksheet, plan: SheetPlan): void {
  // Later cells at the same address replace earlier ones, as in every host.
  for (const c of new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c])).values())
    writeCell(ws, c);
  plan.columnWidths.forEach((chars, col) => (ws.getColumn(col + 1).width = chars));
  if (plan.freezeRows > 0) ws.views = [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }];
  if (plan.print) setPrint(ws, plan.print);
}

/** Orientation, one page wide and as many tall as it takes (fitToHeight 0), the rows atop every page. */
function setPrint(ws: Worksheet, print: PrintPlan): void {
  ws.pageSetup.orientation = print.orientation;
  if (print.fitToWidth)
    Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (print.repeatRows) {
    const { first, count } = print.repeatRows;
    ws.pageSetup.printTitlesRow = `${first + 1}:${first + count}`;
  }
}

function writeCell(ws: Worksheet, c: PlanCell): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  if (c.formula !== undefined) cell.value = { formula: c.formula.replace(/^=/, "") } as never;
  else if (typeof c.value === "string")
    // A leading apostrophe marks text in a plan (as typed in Excel); an .xlsx string cell is text already.
    cell.value = c.value.startsWith("'") ? c.value.slice(1) : c.value;
  else if (c.value !== undefined) cell.value = c.value;
  if (c.format !== undefined) cell.numFmt = c.format;
  if (c.style !== undefined) Object.assign(cell, xlsxStyle(c.style));
  if (c.note !== undefined) cell.note = c.note;
}

/**
 * Each plan's names, scoped to its sheet (localSheetId: the sheet's position). ExcelJS's public API only
 * defines workbook-wide names, which would clash between two scenario sheets and would not resolve as
 * 'Scenario'!s_… from another sheet; its workbook writer does write a name's localSheetId, so the list
 * it writes is replaced by ours.
 */
function defineScopedNames(workbook: Workbook, plans: readonly SheetPlan[]): void {
  const scoped = plans.flatMap((plan, localSheetId) =>
    (plan.names ?? []).map((n) => ({
      name: n.name,
      ranges: [nameRef(plan.sheetName, n)],
      localSheetId,
    }))
  );
  Object.defineProperty(workbook.definedNames, "model", { get: () => scoped });
}
