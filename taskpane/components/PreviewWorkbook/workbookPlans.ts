/**
 * The preview workbook's sheets as sheet plans, for the .xlsx writer: every cell's formula or value with
 * its number format, plan style and note, each sheet's defined names, frozen rows, column widths, charts
 * and print settings — what the user sees, typed inputs included. Values are not carried: the file has
 * formulas only, and the reader computes them.
 */
import type { PlanCell, SheetPlan } from "../../../src";
import type { MemoryWorkbook } from "../../host/memory";

/** A text value as a plan holds it: a leading apostrophe marks text, so one the user typed is doubled. */
const planText = (s: string) => (s.startsWith("'") ? `'${s}` : s);

export async function workbookPlans(workbook: MemoryWorkbook): Promise<SheetPlan[]> {
  const plans: SheetPlan[] = [];
  for (const sheetName of workbook.sheetNames()) {
    const snapshot = await workbook.readSheet(sheetName);
    const cells: PlanCell[] = [];
    snapshot.formulas.forEach((line, row) =>
      line.forEach((_, col) => {
        const c = workbook.content(row, col, sheetName);
        if (!c) return;
        const cell: PlanCell = { row, col };
        if (c.formula !== undefined) cell.formula = c.formula;
        else if (typeof c.value === "string") cell.value = planText(c.value);
        else if (c.value !== undefined) cell.value = c.value;
        if (c.numberFormat !== undefined && c.numberFormat !== "General")
          cell.format = c.numberFormat;
        if (c.style !== undefined) cell.style = c.style;
        if (c.note !== undefined) cell.note = c.note;
        if (Object.keys(cell).length > 2) cells.push(cell);
      })
    );
    const { charts, print } = workbook.layout(sheetName);
    plans.push({
      sheetName,
      cells,
      names: snapshot.names,
      freezeRows: snapshot.freezeRows,
      columnWidths: snapshot.columnWidths,
      legend: [],
      warnings: [],
      // The file gets the print settings; its writer drops the charts (ExcelJS writes none).
      ...(charts ? { charts } : {}),
      ...(print ? { print } : {}),
    });
  }
  return plans;
}

/** Saves bytes or text as a file through a Blob and an object URL (no network: allowed by the pane's CSP). */
export function saveFile(
  content: Uint8Array<ArrayBuffer> | string,
  fileName: string,
  type: string
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns: release it a while later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
