/**
 * The stacking decision of spec §7.5, shared by STACK (the total) and STACK_ROWS (one counted amount per
 * row), so the total is always the sum of the rows. Within one item (same item key; blank keys are one
 * item), rows of the same overlap group count only the largest award, ties going to the first row;
 * in-kind values (fn.inKind) count 0; every other row adds. Rows with a blank id are skipped.
 */
import { numError, valueError } from "../engine/errors";
import { MAX_AMOUNT, roundFen } from "../engine/money";
import { flattenRange, isBlank, isExcelError } from "../engine/validate";
import { itemKey as normalItemKey } from "./item-key";
import { groupByClauseId } from "./overlap-groups";
import { findClause } from "./resolve";

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

interface Shape {
  rows: number;
  cols: number;
}

function shapeOf(v: unknown): Shape {
  if (!Array.isArray(v)) return { rows: 1, cols: 1 };
  const first = v[0];
  if (v.length > 0 && !Array.isArray(first)) return { rows: v.length, cols: 1 }; // a 1-D list is a column
  return { rows: v.length, cols: Array.isArray(first) ? first.length : 0 };
}

const describe = (s: Shape) =>
  `${s.rows} row${s.rows === 1 ? "" : "s"} × ${s.cols} column${s.cols === 1 ? "" : "s"}`;

function sameSize(param: string, v: unknown, ids: Shape): unknown[] {
  const s = shapeOf(v);
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
    throw numError(`awards is too large at position ${k} (at most 10,000,000,000,000)`, "awards");
  return v;
}

function itemKey(v: unknown, k: number): string {
  if (isBlank(v)) return "";
  if (isExcelError(v))
    throw valueError(`item_keys contains an error at position ${k}`, "item_keys");
  return normalItemKey(v);
}

/** One decision per cell of `ids` (row-major), validating all three arguments (spec §2.4 messages). */
export function decideStack(ids: unknown, awards: unknown, itemKeys?: unknown): StackRowDecision[] {
  if (ids === undefined || ids === null) throw valueError("ids is required", "ids");
  if (awards === undefined || awards === null) throw valueError("awards is required", "awards");
  const idShape = shapeOf(ids);
  const idCells = flattenRange(ids);
  const awardCells = sameSize("awards", awards, idShape);
  const keyCells = isBlank(itemKeys) ? null : sameSize("item_keys", itemKeys, idShape);

  const out: StackRowDecision[] = new Array(idCells.length);
  const amounts: number[] = new Array(idCells.length);
  /** (item, group) → index of the largest award so far. */
  const best = new Map<string, number>();

  for (let i = 0; i < idCells.length; i++) {
    const k = i + 1;
    const id = idCells[i];
    if (isBlank(id)) {
      out[i] = { counted: 0, reason: "blank" };
      amounts[i] = 0;
      continue;
    }
    if (isExcelError(id)) throw valueError(`ids contains an error at position ${k}`, "ids");
    const clause = findClause(id);
    if (!clause) {
      throw valueError(
        `ids contains an unknown function name or clause id at position ${k}: ${String(id).trim()}`,
        "ids"
      );
    }
    const a = award(awardCells[i], k);
    const key = keyCells ? itemKey(keyCells[i], k) : "";
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

  for (const winner of best.values()) {
    out[winner].counted = amounts[winner];
    out[winner].reason = "counted";
  }
  if (best.size > 0) {
    for (let i = 0; i < out.length; i++) {
      const d = out[i];
      if (d.reason !== "dominated") continue;
      const key = keyCells ? itemKey(keyCells[i], i + 1) : "";
      d.countedInstead = (best.get(`${key}\u0000${d.group}`) as number) + 1;
    }
  }
  return out;
}

/** STACK_ROWS: the counted amount of each row (to the fen), as an n×1 column. */
export function stackRows(ids: unknown, awards: unknown, itemKeys?: unknown): number[][] {
  return decideStack(ids, awards, itemKeys).map((d) => [roundFen(d.counted)]);
}

/** STACK: the sum of STACK_ROWS, rounded to the fen (so STACK = SUM(STACK_ROWS) to the fen, always). */
export function stackTotal(ids: unknown, awards: unknown, itemKeys?: unknown): number {
  let total = 0;
  for (const d of decideStack(ids, awards, itemKeys)) total += roundFen(d.counted);
  return roundFen(total);
}
