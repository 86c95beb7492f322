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

/** The mask of rows whose id is one of `ids` (the group's cash members). */
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
 * The counted amount of award `i` of the table in year column `col` (its award cell `award`), as a
 * formula. Rows outside any group count their award; in-kind rows 0.
 */
export function nativeCountedFormula(
  rows: TableRows,
  awards: readonly AwardLayout[],
  i: number,
  col: number,
  award: string
): string {
  const a = awards[i];
  if (a.inKind) return "=0";
  const members = cashMembers(a.clauseId);
  if (!members) return `=${award}`;
  const r = rows.awardStart + i;
  // The rows above (ties go to them) and below (only a strictly larger award wins).
  const parts: [number, number, ">=" | ">"][] = [];
  if (r > rows.awardStart) parts.push([rows.awardStart, r - 1, ">="]);
  if (r < rows.awardEnd) parts.push([r + 1, rows.awardEnd, ">"]);
  if (parts.length === 0) return `=${award}`;
  const beaten = parts.map(([r1, r2, op]) => {
    const ids = idMask(column(r1, r2, COL_CLAUSE), members);
    const same = sameKeyMask(column(r1, r2, COL_HISTORY), a.keyName);
    return `SUMPRODUCT(${ids}*${same}*(${column(r1, r2, col)}${op}${award}))`;
  });
  return `=IF(${beaten.join("+")}>0,0,${award})`;
}

/** STACK natively: the sum of the counted rows of the year. */
export const nativeStackFormula = (rows: TableRows, count: number, col: number): string =>
  `=SUMPRODUCT(${column(rows.countedStartRow, rows.countedStartRow + count - 1, col)})`;
