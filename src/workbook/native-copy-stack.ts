/**
 * SUBSIDY.STACK and SUBSIDY.STACK_ROWS in a copied sheet, natively where their ranges are on the sheet:
 * each row's counted amount is the formula a native scenario sheet writes (scenario/native-stack.ts, the
 * same masks over the same kind of columns), STACK the sum of those. The ids, awards and item keys must be
 * ranges of this sheet, one row or one column each, of one size; every id a clause id or function name
 * (any case, no spaces around it: the masks compare cells with `=`) or blank. A row's group is read from
 * its id now, as the scenario generator reads it from the clause it writes there.
 *
 * What differs from the add-in: an award that is text or negative is not refused (the add-in's #VALUE!),
 * and an error in one award is an error only in its own row and its group's (the add-in's every row).
 */
import type { Clause } from "../catalog/types";
import { clauseById, findClause } from "../policies";
import { countedFormula, type StackColumns } from "./scenario/native-stack";
import { type CellRange, elementOf, parseCellRange } from "./native-copy-refs";
import type { KeptReason } from "./native-copy-types";

/** Why a STACK call stays as written. */
export type StackKept = { ok: false; reason: KeptReason; detail?: string };

/** The cell k of a one-row or one-column range. */
const element = (r: CellRange, k: number): string =>
  r.cols === 1 ? elementOf(r, k, 0) : elementOf(r, 0, k);

/** Cells from…to of a one-row or one-column range, as a range reference. */
const part = (r: CellRange, from: number, to: number): string =>
  from === to ? element(r, from) : `${element(r, from)}:${element(r, to)}`;

/** A range argument on this sheet, one row or one column of `cells` cells (the ids' count when known). */
function lineOf(text: string | undefined, cells?: number): CellRange | undefined {
  const r = text === undefined ? undefined : parseCellRange(text);
  if (!r || r.sheet || (r.rows > 1 && r.cols > 1)) return undefined;
  return cells === undefined || r.rows * r.cols === cells ? r : undefined;
}

const isBlankId = (v: unknown): boolean => v === "" || v === null || v === undefined || v === 0;

/**
 * The counted formula (without "=") of each row of STACK_ROWS(ids, awards, item_keys) from its argument
 * texts, reading the ids' values with `valueAt` (sheet cells, 0-based); or why it stays as written.
 */
export function nativeStackRows(
  args: readonly (string | undefined)[],
  valueAt: (row: number, col: number) => unknown
): { ok: true; rows: string[] } | StackKept {
  const ids = lineOf(args[0]);
  const cells = ids ? ids.rows * ids.cols : 0;
  const awards = lineOf(args[1], cells);
  const keys = args[2] === undefined ? undefined : lineOf(args[2], cells);
  if (!ids || !awards || (args[2] !== undefined && !keys))
    return { ok: false, reason: "stack", detail: "ranges" };
  // Every id as written, by the clause it names: the masks compare cells with `=`, which LibreOffice may
  // take case-sensitively, so a member's spellings are its clause id, its function name and those written.
  const written: { clause?: Clause; text: string }[] = [];
  for (let k = 0; k < cells; k++) {
    const at = parseCellRange(element(ids, k))!;
    const v = valueAt(at.row, at.col);
    if (isBlankId(v)) {
      written.push({ text: "" });
      continue;
    }
    const clause = findClause(v);
    if (!clause || String(v) !== String(v).trim())
      return { ok: false, reason: "argument-unknown", detail: `ids ${element(ids, k)}` };
    written.push({ clause, text: String(v) });
  }
  const spellings = (id: string): string[] => {
    const c = clauseById.get(id);
    const own = written.filter((w) => w.clause?.id === id).map((w) => w.text);
    return [...new Set([id, ...(c?.fn ? [c.fn.name] : []), ...own])];
  };
  const table: StackColumns = {
    rows: cells,
    ids: (from, to) => part(ids, from, to),
    awards: (from, to) => part(awards, from, to),
    keys: keys && ((from, to) => part(keys, from, to)),
    spellings,
  };
  const rows = written.map(({ clause }, k) => {
    const award = element(awards, k);
    // A blank row counts 0; with an award the add-in refuses the whole table (#VALUE!).
    if (!clause) return `IF(OR(${award}="",${award}=0),0,NA())`;
    const row = {
      clauseId: clause.id,
      inKind: clause.fn?.inKind === true,
      award,
      key: keys && element(keys, k),
    };
    return countedFormula(table, k, row).slice(1);
  });
  return { ok: true, rows };
}

/** STACK natively: the sum of the rows' counted amounts (0 for no rows). */
export function nativeStackTotal(
  args: readonly (string | undefined)[],
  valueAt: (row: number, col: number) => unknown
): { ok: true; total: string } | StackKept {
  const s = nativeStackRows(args, valueAt);
  if (!s.ok) return s;
  return { ok: true, total: s.rows.length ? s.rows.map((r) => `(${r})`).join("+") : "0" };
}
