/**
 * STACK_ROWS on a native sheet: one formula per row giving its counted amount by the rule of
 * rules/stack.ts (spec §7.5) — within one item key, the rows of one overlap group count only the largest
 * award, the first row on a tie; in-kind values count 0; every other row counts its award. Written with
 * SUMPRODUCT masks over the table's id, item-key and award columns (never IF over a range, which Excel
 * 2010 would need Ctrl+Shift+Enter for); a row is dropped when a row ABOVE it of its group and item has
 * an award at least as large (it came first on a tie) or a row BELOW has a strictly larger one.
 *
 * Item keys follow rules/item-key.ts: trimmed, regardless of case, a blank cell, "", spaces or the number
 * 0 being the one blank key. Over a range that is `((K=0)+(TRIM(K)="")>0)` for "blank" and
 * UPPER(TRIM(K)) for the key (UPPER because LibreOffice may compare text case-sensitively).
 *
 * What differs from the add-in: an error in one award makes every STACK_ROWS cell an error there, but
 * natively only that row and the rows of its group (the yearly total is an error either way); the ids are
 * the clause ids the generator wrote, matched exactly (the add-in also accepts a function name).
 */
import { range } from "../../format/a1";
import { formulaLiteral } from "../../format/formula-literal";
import { itemKeyFormula } from "../../rules/item-key";
import { groupByClauseId } from "../../rules/overlap-groups";
import { clauseById } from "../../policies";
import { type AwardLayout, COL_CLAUSE, COL_HISTORY, type TableRows } from "./layout";

/** A column of the awards table from row r1 to r2, absolute (it moves with an inserted row). */
const column = (r1: number, r2: number, col: number) =>
  range(r1, col, r2, col, { row: true, col: true });

/** The mask of rows whose id is one of `ids` (the spellings of the group's cash members). */
const idMask = (ids: string, members: readonly string[]) =>
  `(${members.map((m) => `(${ids}=${formulaLiteral(m)})`).join("+")})`;

/** The mask of rows whose item key is the same item as `key` (a cell): both blank, or equal trimmed text. */
function sameKeyMask(keys: string, key: string): string {
  const k = itemKeyFormula(key);
  const blank = `((${keys}=0)+(TRIM(${keys})="")>0)`;
  return `((${k}="")*${blank}+(${k}<>"")*(1-${blank})*(UPPER(TRIM(${keys}))=${k}))`;
}

/** The clause ids of a group's members that count in cash (in-kind rows never win, rules/stack.ts). */
function cashMembers(clauseId: string): string[] | undefined {
  const g = groupByClauseId.get(clauseId);
  return g?.members.map((m) => m.clauseId).filter((id) => !clauseById.get(id)?.fn?.inKind);
}

/**
 * A stacking table as its native formulas read it — the scenario's awards table, or the ranges a copied
 * sheet's STACK_ROWS was given: its number of rows and, for rows `from`…`to` (0-based, inclusive), the
 * ranges of its ids, awards and item keys (no keys: every row is one item).
 */
export interface StackColumns {
  rows: number;
  ids(from: number, to: number): string;
  awards(from: number, to: number): string;
  keys?(from: number, to: number): string;
  /** How a member's id may be written in the ids column (default: its clause id). */
  spellings?(clauseId: string): string[];
}

/** One row of a stacking table: the clause it names, its award and its item-key cell. */
export interface StackRow {
  clauseId: string;
  inKind: boolean;
  award: string;
  key?: string;
}

/**
 * The counted amount of row `i` of table `t` as a formula: rows outside any group count their award,
 * in-kind rows 0; a group member 0 when a row above of its group and item has an award at least as large
 * or a row below a strictly larger one.
 */
export function countedFormula(t: StackColumns, i: number, row: StackRow): string {
  if (row.inKind) return "=0";
  const members = cashMembers(row.clauseId);
  if (!members) return `=${row.award}`;
  const spellings = members.flatMap((m) => t.spellings?.(m) ?? [m]);
  // The rows above (ties go to them) and below (only a strictly larger award wins).
  const parts: [number, number, ">=" | ">"][] = [];
  if (i > 0) parts.push([0, i - 1, ">="]);
  if (i < t.rows - 1) parts.push([i + 1, t.rows - 1, ">"]);
  if (parts.length === 0) return `=${row.award}`;
  const beaten = parts.map(([from, to, op]) => {
    const ids = idMask(t.ids(from, to), spellings);
    const same = t.keys && row.key ? `${sameKeyMask(t.keys(from, to), row.key)}*` : "";
    return `SUMPRODUCT(${ids}*${same}(${t.awards(from, to)}${op}${row.award}))`;
  });
  return `=IF(${beaten.join("+")}>0,0,${row.award})`;
}

/**
 * The counted amount of award `i` of the table in year column `col` (its award cell `award`), as a
 * formula.
 */
export function nativeCountedFormula(
  rows: TableRows,
  awards: readonly AwardLayout[],
  i: number,
  col: number,
  award: string
): string {
  const at = (c: number) => (from: number, to: number) =>
    column(rows.awardStart + from, rows.awardStart + to, c);
  const table: StackColumns = {
    rows: awards.length,
    ids: at(COL_CLAUSE),
    awards: at(col),
    keys: at(COL_HISTORY),
  };
  const a = awards[i];
  return countedFormula(table, i, { ...a, award, key: a.keyName });
}

/** STACK natively: the sum of the counted rows of the year. */
export const nativeStackFormula = (rows: TableRows, count: number, col: number): string =>
  `=SUMPRODUCT(${column(rows.countedStartRow, rows.countedStartRow + count - 1, col)})`;
