/**
 * "Never overwrite", once for both hosts: a block is written only where the host finds every target cell
 * free (host/types.ts: a cell holding only a format, fill or note is free; a value, a formula, a hidden
 * cell of a merge or the blank part of another formula's spill is not). Otherwise the pane proposes the
 * block right below the last used row of the block's columns and writes nothing until the user confirms.
 * The check is repeated just before writing, because the sheet may have changed meanwhile.
 *
 * Round trips are bounded whatever the sheet's size: one to inspect the target, one for the last used
 * row, and one per proposal inspected (at most MAX_PROPOSALS; a merge or spill in the way is jumped past
 * in one step, as the host says where it ends).
 */
import { MAX_ROWS } from "../host/address";
import type {
  Blocker,
  CellContent,
  CellRef,
  RangeInspection,
  UncheckedBlocker,
  WorkbookHost,
} from "../host/types";

/** Something to write: its size, and its cells once its position is known (formulas refer to it). */
export interface Block {
  rows: number;
  cols: number;
  cellsAt(at: CellRef): CellContent[][];
}

export type Plan = (
  | { kind: "free"; at: CellRef }
  /**
   * `blockedBy`: what is in the target. `proposal` is null when no free block was found below (the sheet
   * is full to the last row, or MAX_PROPOSALS candidates were all blocked).
   */
  | { kind: "occupied"; at: CellRef; blockedBy: Blocker[]; proposal: CellRef | null }
) & {
  /** Blockers the host could not look for (an Excel without the API): the pane says so. */
  unchecked: UncheckedBlocker[];
};

/** Candidates inspected below the used rows before giving up: each jumps past what blocked the last. */
export const MAX_PROPOSALS = 4;

const blockedCells = (inspection: RangeInspection) =>
  inspection.cells.flat().filter((c) => c !== null);

/** The row after everything that blocks a candidate (at least the row after its first row). */
function rowAfter(inspection: RangeInspection, row: number): number {
  return Math.max(row + 1, ...blockedCells(inspection).map((c) => c.lastRow + 1));
}

const merge = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** The first free block below the target, starting under the last used row of the block's columns. */
async function proposeBelow(
  host: WorkbookHost,
  at: CellRef,
  block: Pick<Block, "rows" | "cols">,
  target: RangeInspection
): Promise<{ proposal: CellRef | null; unchecked: UncheckedBlocker[] }> {
  const lastUsed = await host.lastUsedRow(at.sheet, at.row, at.col, block.cols);
  let row = Math.max(lastUsed + 1, rowAfter(target, at.row));
  let unchecked = target.unchecked;
  for (let n = 0; n < MAX_PROPOSALS && row + block.rows <= MAX_ROWS; n++) {
    const candidate = await host.inspectRange({ ...at, row, ...block });
    unchecked = merge(unchecked, candidate.unchecked);
    if (blockedCells(candidate).length === 0) return { proposal: { ...at, row }, unchecked };
    row = rowAfter(candidate, row);
  }
  return { proposal: null, unchecked };
}

async function planInsert(
  host: WorkbookHost,
  at: CellRef,
  block: Pick<Block, "rows" | "cols">
): Promise<Plan> {
  const target = await host.inspectRange({ ...at, rows: block.rows, cols: block.cols });
  const blocked = blockedCells(target);
  if (blocked.length === 0) return { kind: "free", at, unchecked: target.unchecked };
  const blockedBy = [...new Set(blocked.map((c) => c.by))];
  const { proposal, unchecked } = await proposeBelow(host, at, block, target);
  return { kind: "occupied", at, blockedBy, proposal, unchecked };
}

/** Plans at `at` and writes only if the target is free; returns the plan either way. */
export async function insertBlock(host: WorkbookHost, at: CellRef, block: Block): Promise<Plan> {
  if (at.row + block.rows > MAX_ROWS)
    return { kind: "occupied", at, blockedBy: [], proposal: null, unchecked: [] };
  const plan = await planInsert(host, at, block);
  if (plan.kind === "free") await host.writeBlock(at, block.cellsAt(at));
  return plan;
}
