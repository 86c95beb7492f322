/**
 * The copy as a sheet plan, which both hosts already write into a new sheet (names first, then contents,
 * number formats and column widths): the original's number formats, widths, frozen rows and
 * worksheet-scoped names (a scenario sheet's formulas refer to its names, which must exist on the copy),
 * and a note on each cell whose values were copied as they were (EXPLAIN), in the pane's language.
 */
import { cellName } from "./native-copy-refs";
import type { NativeCopy, SheetSnapshot } from "./native-copy-types";
import type { PlanCell, SheetPlan } from "./plan";

const key = (row: number, col: number) => `${row},${col}`;

export function nativeCopyPlan(
  sheet: SheetSnapshot,
  copy: NativeCopy,
  sheetName: string,
  valuesNote: string
): SheetPlan {
  const formatAt = (row: number, col: number): string | undefined =>
    sheet.numberFormats[row - sheet.row]?.[col - sheet.col];
  const noted = new Set(
    copy.report.entries.filter((e) => e.outcome === "values").map((e) => e.cell)
  );
  const cells = new Map<string, PlanCell>();
  for (const c of copy.cells) {
    const format = formatAt(c.row, c.col);
    const cell: PlanCell = { row: c.row, col: c.col, ...(format ? { format } : {}) };
    if (c.formula !== undefined) cell.formula = c.formula;
    // A text stays text whatever it looks like ("2026", "=x"): the apostrophe marks it, as typed in Excel.
    else if (typeof c.value === "string" && format !== "@") cell.value = `'${c.value}`;
    else cell.value = c.value;
    cells.set(key(c.row, c.col), cell);
  }
  // Formatted empty cells (inputs waiting for a value) keep their format.
  sheet.numberFormats.forEach((line, i) =>
    line.forEach((format, j) => {
      const row = sheet.row + i;
      const col = sheet.col + j;
      if (format && format !== "General" && !cells.has(key(row, col)))
        cells.set(key(row, col), { row, col, format });
    })
  );
  for (const cell of cells.values())
    if (noted.has(cellName(cell.row, cell.col))) cell.note = valuesNote;
  return {
    sheetName,
    cells: [...cells.values()],
    names: sheet.names,
    freezeRows: sheet.freezeRows,
    columnWidths: sheet.columnWidths,
    legend: [],
    warnings: [],
  };
}
