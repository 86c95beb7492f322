/**
 * A1 addresses. Excel reports addresses as text ("Sheet1!B2", "'Q1 plan'!B2:D8"); the pane works with
 * 0-based row/column numbers, so reading them happens here; writing them is src/format/a1.ts.
 */
import { blockRef } from "../../src";
import type { CellRef, RangeRef } from "./types";

/** Excel's grid size (rows × columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** "B2" → { row: 1, col: 1 } (absolute markers "$" ignored). */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) throw new Error(`not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) throw new Error(`not a cell address: ${a1}`);
  return { row: row - 1, col: col - 1 };
}

/** "Sheet1!B2:D8" or "'Q1 plan'!B2" → the top-left cell. */
export function parseAddress(address: string): CellRef {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const topLeft = address.slice(bang + 1).split(":")[0];
  return { sheet, ...parseA1(topLeft) };
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "B2:D8" (or "B2" for one cell), without the sheet. */
export function localRange(r: RangeRef): string {
  return blockRef(r.row, r.col, r.rows, r.cols);
}

/** "Sheet1!B2:D8": what the pane shows the user. */
export function formatRange(r: RangeRef): string {
  return `${quoteSheet(r.sheet)}!${localRange(r)}`;
}
