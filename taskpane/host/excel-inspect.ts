/**
 * What lies in a range Insert would write to: content, a merge's hidden cells, another formula's spill (ExcelApi
 * 1.12 spills and 1.13 merges are optional: where unsupported the inspection says "not checked").
 */
import { ref } from "../../src";
import { localRange } from "./address";
import { supports } from "./requirements";
import type { BlockedCell, RangeInspection, RangeRef, UncheckedBlocker } from "./types";

/** Excel reports an empty cell as "" in both values and formulas; a formula returning "" is not empty. */
export function isEmptyCell(value: unknown, formula: unknown): boolean {
  return (
    (value === "" || value === null || value === undefined) &&
    (formula === "" || formula === null || formula === undefined)
  );
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

export function inspectRange(r: RangeRef): Promise<RangeInspection> {
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
    await spillEnds(context, ws, cells, parents);
    return { cells, unchecked };
  });
}

/** Where each blocking spill ends (a second round trip, only when a spill blocks), so a search for room jumps past it. */
async function spillEnds(
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
