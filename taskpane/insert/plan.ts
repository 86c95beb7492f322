/**
 * "Never overwrite", once for both hosts: a block is written only where every target cell is empty;
 * otherwise the pane proposes the first empty block of the same size below, in the same columns, and
 * writes nothing until the user confirms. The check is repeated just before writing, because the
 * sheet may have changed while the proposal was on screen.
 */
import { MAX_ROWS } from "../host/address";
import type { CellContent, CellRef, WorkbookHost } from "../host/types";

/** Something to write: its size, and its cells once its position is known (formulas refer to it). */
export interface Block {
  rows: number;
  cols: number;
  cellsAt(at: CellRef): CellContent[][];
}

export type Plan =
  | { kind: "free"; at: CellRef }
  /** `proposal` is null when no empty block exists below (the sheet is full to the last row). */
  | { kind: "occupied"; at: CellRef; proposal: CellRef | null };

/** Rows read per request while looking for room: large enough for few round trips to Excel. */
const SCAN_ROWS = 256;

/** Excel reports an empty cell as "" in both values and formulas; a formula returning "" is not empty. */
export function isEmptyCell(value: unknown, formula: unknown): boolean {
  return (
    (value === "" || value === null || value === undefined) &&
    (formula === "" || formula === null || formula === undefined)
  );
}

async function emptyRows(
  host: WorkbookHost,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number
) {
  const { values, formulas } = await host.readRange({ sheet, row, col, rows, cols });
  return values.map((line, r) => line.every((v, c) => isEmptyCell(v, formulas[r]?.[c])));
}

/** The first row ≥ `from` where `rows` consecutive rows are empty in the block's columns. */
export async function firstEmptyBlockBelow(
  host: WorkbookHost,
  from: CellRef,
  rows: number,
  cols: number
): Promise<CellRef | null> {
  let runStart = from.row;
  let runLength = 0;
  for (let start = from.row; start + rows <= MAX_ROWS; start += SCAN_ROWS) {
    const count = Math.min(SCAN_ROWS, MAX_ROWS - start);
    const empty = await emptyRows(host, from.sheet, start, from.col, count, cols);
    for (let i = 0; i < empty.length; i++) {
      if (!empty[i]) {
        runLength = 0;
        continue;
      }
      if (runLength === 0) runStart = start + i;
      runLength += 1;
      if (runLength === rows) return { ...from, row: runStart };
    }
  }
  return null;
}

async function planInsert(
  host: WorkbookHost,
  at: CellRef,
  block: Pick<Block, "rows" | "cols">
): Promise<Plan> {
  const empty = await emptyRows(host, at.sheet, at.row, at.col, block.rows, block.cols);
  if (empty.every(Boolean)) return { kind: "free", at };
  const proposal = await firstEmptyBlockBelow(
    host,
    { ...at, row: at.row + 1 },
    block.rows,
    block.cols
  );
  return { kind: "occupied", at, proposal };
}

/** Plans at `at` and writes only if the target is free; returns the plan either way. */
export async function insertBlock(host: WorkbookHost, at: CellRef, block: Block): Promise<Plan> {
  if (at.row + block.rows > MAX_ROWS) return { kind: "occupied", at, proposal: null };
  const plan = await planInsert(host, at, block);
  if (plan.kind === "free") await host.writeBlock(at, block.cellsAt(at));
  return plan;
}
