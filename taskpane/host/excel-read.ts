/**
 * Reading a whole sheet for "copy sheet with native formulas": the used range (formats included, so a
 * formatted empty input cell is copied too) with its formulas, values and number formats, the frozen rows,
 * and the worksheet-scoped names over cells of the sheet in one round trip; the column widths, the names'
 * ranges and (ExcelApi 1.12) each formula's spill in a second. Nothing is written.
 */
import { type SheetArea, type SheetSnapshot, columnName } from "../../src";
import { MAX_ROWS, parseAddress } from "./address";
import { widthChars } from "./plan";
import { supports } from "./requirements";

const area = (r: Excel.Range): SheetArea => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});

const empty = (name: string, freezeRows: number): SheetSnapshot => ({
  name,
  row: 0,
  col: 0,
  formulas: [],
  values: [],
  numberFormats: [],
  columnWidths: [],
  spills: [],
  spillsChecked: supports("spills"),
  names: [],
  freezeRows,
});

const isFormula = (f: unknown): boolean => typeof f === "string" && f.startsWith("=");

export function readSheet(sheet: string): Promise<SheetSnapshot> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject();
    used.load("rowIndex,columnIndex,rowCount,columnCount,formulas,values,numberFormat");
    const frozen = ws.freezePanes.getLocationOrNullObject();
    frozen.load("rowIndex,rowCount");
    ws.names.load("items/name,items/type");
    await context.sync();
    // Frozen columns alone are whole columns (every row): no frozen header rows.
    const freezeRows =
      frozen.isNullObject || frozen.rowCount >= MAX_ROWS ? 0 : frozen.rowIndex + frozen.rowCount;
    if (used.isNullObject) return empty(ws.name, freezeRows);

    const widths = Array.from({ length: used.columnIndex + used.columnCount }, (_, c) => {
      const letters = columnName(c);
      const column = ws.getRange(`${letters}:${letters}`);
      column.format.load("columnWidth");
      return column;
    });
    const named = ws.names.items
      .filter((n) => n.type === "Range")
      .map((n) => {
        const range = n.getRangeOrNullObject();
        range.load("address,rowIndex,columnIndex,rowCount,columnCount");
        return { name: n.name, range };
      });
    const spillsChecked = supports("spills");
    const spills: Excel.Range[] = [];
    if (spillsChecked)
      used.formulas.forEach((line, i) =>
        line.forEach((f, j) => {
          if (!isFormula(f)) return;
          const spill = used.getCell(i, j).getSpillingToRangeOrNullObject();
          spill.load("rowIndex,columnIndex,rowCount,columnCount");
          spills.push(spill);
        })
      );
    await context.sync();

    return {
      name: ws.name,
      row: used.rowIndex,
      col: used.columnIndex,
      formulas: used.formulas,
      values: used.values,
      numberFormats: used.numberFormat as string[][],
      columnWidths: widths.map((c) => widthChars(c.format.columnWidth)),
      spills: spills.filter((s) => !s.isNullObject).map(area),
      spillsChecked,
      // Only names over cells of this sheet: the copy gets the same names over its own cells.
      names: named
        .filter(
          ({ range }) =>
            !range.isNullObject &&
            parseAddress(range.address).sheet.toUpperCase() === ws.name.toUpperCase()
        )
        .map(({ name, range }) => ({ name, ...area(range) })),
      freezeRows,
    };
  });
}
