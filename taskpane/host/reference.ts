/**
 * A reference as a formula writes it, read for explain: "B4", "$B$4:$B$9", "'Q1 plan'!B4", "B:B", or a
 * defined name (optionally sheet-qualified), split into its sheet and what it names. Both hosts read
 * references through this, so they agree on what a reference is.
 */
import { MAX_COLS, MAX_ROWS, parseA1 } from "./address";

export type ParsedReference =
  | { kind: "cells"; sheet: string; row: number; col: number; rows: number; cols: number }
  | { kind: "name"; sheet: string; qualified: boolean; name: string };

const PREFIX = /^(?:'((?:[^']|'')+)'|([^!'"]+))!(.+)$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;
const NAME = /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/;

const span = (a: number, b: number) => ({ from: Math.min(a, b), count: Math.abs(a - b) + 1 });

function cells(
  local: string
): { row: number; col: number; rows: number; cols: number } | undefined {
  const columns = COLUMNS.exec(local);
  if (columns) {
    const c = span(parseA1(`${columns[1]}1`).col, parseA1(`${columns[2]}1`).col);
    return { row: 0, col: c.from, rows: MAX_ROWS, cols: c.count };
  }
  const rows = ROWS.exec(local);
  if (rows) {
    const r = span(Number(rows[1]) - 1, Number(rows[2]) - 1);
    return { row: r.from, col: 0, rows: r.count, cols: MAX_COLS };
  }
  const [from, to = from, extra] = local.split(":");
  if (extra !== undefined) return undefined;
  try {
    const a = parseA1(from);
    const b = parseA1(to);
    const r = span(a.row, b.row);
    const c = span(a.col, b.col);
    return { row: r.from, col: c.from, rows: r.count, cols: c.count };
  } catch {
    return undefined;
  }
}

/** The reference `text` as read from a formula on `sheet`, or undefined when it is none. */
export function parseReference(text: string, sheet: string): ParsedReference | undefined {
  const t = text.trim();
  const m = PREFIX.exec(t);
  const on = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : sheet;
  const local = m ? m[3] : t;
  const area = cells(local);
  if (area) return { kind: "cells", sheet: on, ...area };
  if (NAME.test(local) && !/^(TRUE|FALSE)$/i.test(local))
    return { kind: "name", sheet: on, qualified: m !== null, name: local };
  return undefined;
}
