/**
 * The stacking decision of spec §7.5, shared by STACK (the total) and STACK_ROWS (one counted amount per
 * row), so the total is always the sum of the rows. Within one item (same item key; blank keys are one
 * item), rows of the same overlap group count only the largest award, ties going to the first row;
 * in-kind values (fn.inKind) count 0; every other row adds. A blank id ("", an empty cell, or 0, which
 * Excel on Windows passes for an empty cell in a range) beside a blank or 0 award is a blank row; beside
 * any other award it is #VALUE! naming the row, since dropping it would lose money silently. Totals are
 * summed in integer fen, so STACK over 100,000 rows is exact to the fen.
 */
import type { Clause } from "../catalog/types";
import { numError, valueError } from "../engine/errors";
import { AT_MOST_MAX, MAX_AMOUNT, roundFen } from "../engine/money";
import { type Shape, rangeShape } from "../engine/range-shape";
import { flattenRange, isBlank, isExcelError } from "../engine/validate";
import { itemKey as normalItemKey } from "./item-key";
import { groupByClauseId } from "./overlap-groups";
import { findClause } from "../policies";

export type StackReason = "counted" | "dominated" | "in-kind" | "blank";

export interface StackRowDecision {
  /** The amount this row adds to the total (0 when dominated, in kind or blank). */
  counted: number;
  reason: StackReason;
  /** The clause id the row names (absent for a blank row). */
  clauseId?: string;
  /** The overlap group the row belongs to, if any. */
  group?: string;
  /** For a dominated row: the 1-based position of the row that counts instead. */
  countedInstead?: number;
}

const describe = (s: Shape) =>
  `${s.rows} row${s.rows === 1 ? "" : "s"} × ${s.cols} column${s.cols === 1 ? "" : "s"}`;

function sameSize(param: string, v: unknown, ids: Shape): unknown[] {
  const s = rangeShape(param, v);
  if (s.rows !== ids.rows || s.cols !== ids.cols) {
    throw valueError(
      `${param} must be the same size as ids (${describe(ids)}, not ${describe(s)})`,
      param
    );
  }
  return flattenRange(v);
}

function award(v: unknown, k: number): number {
  if (isBlank(v)) return 0;
  if (isExcelError(v)) throw valueError(`awards contains an error at position ${k}`, "awards");
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    throw valueError(
      `awards contains an invalid value at position ${k} (expected an amount ≥ 0)`,
      "awards"
    );
  }
  if (v > MAX_AMOUNT)
    throw numError(`awards is too large at position ${k} ${AT_MOST_MAX}`, "awards");
  return v;
}

function itemKey(v: unknown, k: number): string {
  if (isBlank(v)) return "";
  if (isExcelError(v))
    throw valueError(`item_keys contains an error at position ${k}`, "item_keys");
  return normalItemKey(v);
}

/** A row without an id: "", an empty cell (null on the web) or 0 (an empty cell on Windows). */
const isBlankId = (v: unknown) => isBlank(v) || v === 0;

/** The decision of a row without an id: a blank row, or #VALUE! when it has an award (dropping it would lose money). */
function blankRow(awardCell: unknown, k: number): StackRowDecision {
  if (award(awardCell, k) !== 0) {
    throw valueError(
      `ids is blank at position ${k} but awards there is ${String(awardCell)}: name the function or clause of that row, or clear its award`,
      "ids"
    );
  }
  return { counted: 0, reason: "blank" };
}

/** The clause a row's id names, or #VALUE! naming the row. */
function clauseAt(id: unknown, k: number): Clause {
  if (isExcelError(id)) throw valueError(`ids contains an error at position ${k}`, "ids");
  const clause = findClause(id);
  if (!clause) {
    throw valueError(
      `ids contains an unknown function name or clause id at position ${k}: ${String(id).trim()}`,
      "ids"
    );
  }
  return clause;
}

/** One decision per cell of `ids` (row-major), validating all three arguments (spec §2.4 messages). */
export function decideStack(ids: unknown, awards: unknown, itemKeys?: unknown): StackRowDecision[] {
  if (ids === undefined || ids === null) throw valueError("ids is required", "ids");
  if (awards === undefined || awards === null) throw valueError("awards is required", "awards");
  const idShape = rangeShape("ids", ids);
  const idCells = flattenRange(ids);
  const awardCells = sameSize("awards", awards, idShape);
  const keyCells = isBlank(itemKeys) ? null : sameSize("item_keys", itemKeys, idShape);
  const keyAt = (i: number) => (keyCells ? itemKey(keyCells[i], i + 1) : "");

  const out: StackRowDecision[] = new Array(idCells.length);
  const amounts: number[] = new Array(idCells.length);
  /** (item, group) → index of the largest award so far. */
  const best = new Map<string, number>();

  for (let i = 0; i < idCells.length; i++) {
    const k = i + 1;
    if (isBlankId(idCells[i])) {
      out[i] = blankRow(awardCells[i], k);
      amounts[i] = 0;
      continue;
    }
    const clause = clauseAt(idCells[i], k);
    const a = award(awardCells[i], k);
    const key = keyAt(i);
    amounts[i] = a;
    const group = groupByClauseId.get(clause.id);
    if (clause.fn?.inKind) {
      out[i] = { counted: 0, reason: "in-kind", clauseId: clause.id };
    } else if (group) {
      out[i] = { counted: 0, reason: "dominated", clauseId: clause.id, group: group.id };
      const slot = `${key}\u0000${group.id}`;
      const held = best.get(slot);
      if (held === undefined || a > amounts[held]) best.set(slot, i); // ties: the first row keeps it
    } else {
      out[i] = { counted: a, reason: "counted", clauseId: clause.id };
    }
  }
  settleGroups(out, amounts, best, keyAt);
  return out;
}

/** The largest award of each (item, group) counts; every other row of it names the row that counts instead. */
function settleGroups(
  out: StackRowDecision[],
  amounts: number[],
  best: Map<string, number>,
  keyAt: (i: number) => string
): void {
  for (const winner of best.values()) {
    out[winner].counted = amounts[winner];
    out[winner].reason = "counted";
  }
  if (best.size === 0) return;
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (d.reason !== "dominated") continue;
    d.countedInstead = (best.get(`${keyAt(i)}\u0000${d.group}`) as number) + 1;
  }
}

/** A whole number of fen (roundFen's result × 100 is within float error of one). */
const toFen = (yuan: number) => Math.round(roundFen(yuan) * 100);

/**
 * STACK_ROWS: the counted amount of each row (to the fen), as an n×1 column; [[""]] when ids has no cells,
 * since a custom function cannot return an empty array or a blank cell.
 */
export function stackRows(
  ids: unknown,
  awards: unknown,
  itemKeys?: unknown
): (number | string)[][] {
  const decisions = decideStack(ids, awards, itemKeys);
  if (decisions.length === 0) return [[""]];
  return decisions.map((d) => [toFen(d.counted) / 100]);
}

/**
 * STACK: the sum of STACK_ROWS, added in integer fen (exact while the total is below 2^53 fen, about
 * 90 trillion yuan), so STACK = SUM(STACK_ROWS) to the fen; a total above 10,000,000,000,000 is #NUM!
 * like any award (spec Revision 2).
 */
export function stackTotal(ids: unknown, awards: unknown, itemKeys?: unknown): number {
  let fen = 0;
  for (const d of decideStack(ids, awards, itemKeys)) fen += toFen(d.counted);
  const total = fen / 100;
  if (total > MAX_AMOUNT) throw numError(`the total is too large ${AT_MOST_MAX}`, "awards");
  return total;
}
