/** A preview sheet as the Excel host reads one for "copy sheet with native formulas" (host/excel-read.ts). */
import type { SheetSnapshot } from "../../../src";
import { type Sheet, key } from "./sheet";
import type { Computed } from "./types";

/** What Range.values shows for a computed value: an error as its code, blank or pending as "". */
const shown = (c: Computed): unknown =>
  c.kind === "value" ? (c.value ?? "") : c.kind === "error" ? c.code : "";

/**
 * The sheet from A1 to the end of what it uses (spills included: `valueIn` has computed them, so
 * `sheet.spills` is complete when `spillsChecked`).
 */
export function snapshotOf(
  sheet: Sheet,
  valueIn: (row: number, col: number) => Computed,
  spillsChecked: boolean
): SheetSnapshot {
  const { rows, cols } = sheet.extent();
  const grid = <T>(f: (row: number, col: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
  const cell = (r: number, c: number) => sheet.cells.get(key(r, c));
  return {
    name: sheet.name,
    row: 0,
    col: 0,
    formulas: grid((r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? ""),
    values: grid((r, c) => shown(valueIn(r, c))),
    numberFormats: grid((r, c) => cell(r, c)?.numberFormat ?? "General"),
    columnWidths: [...sheet.layout.columnWidths],
    spills: [...sheet.spills].map(([k, s]) => {
      const [row, col] = k.split(",").map(Number);
      return { row, col, ...s };
    }),
    spillsChecked,
    names: [...sheet.names].map(([name, n]) => ({ name, ...n })),
    freezeRows: sheet.layout.freezeRows,
  };
}
