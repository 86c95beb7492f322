/**
 * Native twins against the engine, in a spreadsheet engine no one here wrote: each row of a sheet holds one
 * call's arguments as cells (a range parameter spread over RANGE_WIDTH cells of its row) and, after them,
 * nativeFormula over those cells; the sheet is recalculated and every row compared with `calculate` on the
 * same values. A row agrees when both give the same number, or both refuse (the engine throws, the host
 * shows an error), or — at a tie (test/support/decimal-oracle.ts `isTie`) — the two are at most a fen apart.
 * The HyperFormula run (parity.property.test.ts) and the preview run (parity.preview.test.ts) share it.
 */
import type { ClauseFunction } from "../../src/catalog/types";
import { SubsidyError } from "../../src/engine/errors";
import { columnName } from "../../src/format/a1";
import { nativeFormula } from "../../src/native";
import { calculate } from "../../src/sheet-functions";
import { isTie } from "../support/decimal-oracle";

export const RANGE_WIDTH = 6;

/** A cell as a host stores it: a number, a boolean, text (never parsed), blank (null) or an error formula. */
export type Cell = number | boolean | string | null | { error: "#N/A" | "#DIV/0!" };

/** One call: each parameter's value (undefined: the argument is left out of the formula). */
export type Call = readonly (Cell | Cell[] | undefined)[];

export interface Layout {
  /** The first column of each parameter. */
  columns: number[];
  formulaColumn: number;
}

export function layout(fn: ClauseFunction): Layout {
  const columns: number[] = [];
  let col = 0;
  for (const p of fn.params) {
    columns.push(col);
    col += p.kind === "amounts" ? RANGE_WIDTH : 1;
  }
  return { columns, formulaColumn: col };
}

/** The argument expressions of one row (1-based `row`), undefined where the call leaves one out. */
export function argRefs(fn: ClauseFunction, call: Call, row: number): (string | undefined)[] {
  const { columns } = layout(fn);
  return fn.params.map((p, i) => {
    if (call[i] === undefined) return undefined;
    const first = `${columnName(columns[i])}${row}`;
    return p.kind === "amounts"
      ? `${first}:${columnName(columns[i] + RANGE_WIDTH - 1)}${row}`
      : first;
  });
}

/** What the add-in receives for a cell: a blank is null, an error the ErrorCellValue Excel passes. */
function received(cell: Cell): unknown {
  if (cell !== null && typeof cell === "object")
    return { type: "Error", errorType: cell.error === "#N/A" ? "NotAvailable" : "Div0" };
  return cell;
}

/** The engine's view of a call: a range as the 1 × RANGE_WIDTH row Excel passes. */
export function engineArgs(fn: ClauseFunction, call: Call): unknown[] {
  return fn.params.map((p, i) => {
    const v = call[i];
    if (v === undefined) return undefined;
    if (p.kind === "amounts") {
      const cells = Array.isArray(v) ? v : [v];
      return [Array.from({ length: RANGE_WIDTH }, (_, k) => received(cells[k] ?? null))];
    }
    return received(v as Cell);
  });
}

/** The engine's award, or "error" when it refuses the input. */
export function engineResult(fn: ClauseFunction, call: Call): number | "error" {
  try {
    return calculate(fn.name, engineArgs(fn, call)) as number;
  } catch (e) {
    if (e instanceof SubsidyError) return "error";
    throw e;
  }
}

/** The row's cells for a host: argument cells, then the native formula. */
export function rowCells(
  fn: ClauseFunction,
  call: Call,
  row: number,
  encode: (c: Cell) => unknown
): unknown[] {
  const { columns, formulaColumn } = layout(fn);
  const out: unknown[] = Array.from({ length: formulaColumn + 1 }, () => null);
  fn.params.forEach((p, i) => {
    const v = call[i];
    if (v === undefined) return;
    const cells = p.kind === "amounts" ? (Array.isArray(v) ? v : [v]) : [v as Cell];
    cells.forEach((c, k) => (out[columns[i] + k] = encode(c)));
  });
  out[formulaColumn] = rowFormula(fn, call, row);
  return out;
}

/** The row the template formulas are generated for: its references are A1, B1:G1 … */
const TEMPLATE_ROW = 1;
const REFERENCE = new RegExp(`\\b([A-Z]{1,3})${TEMPLATE_ROW}\\b`);

/**
 * A template formula as text pieces and, between them, the column letters of each TEMPLATE_ROW reference
 * (odd places), string literals left whole: joining them with a row number gives the formula there.
 */
function pieces(formula: string): string[] {
  const out: string[] = [""];
  formula.split(/("(?:[^"]|"")*")/).forEach((part, i) => {
    if (i % 2 === 1) {
      out[out.length - 1] += part;
      return;
    }
    const [first, ...rest] = part.split(REFERENCE);
    out[out.length - 1] += first;
    out.push(...rest);
  });
  return out;
}

const atRow = (template: string[], row: number): string =>
  template.map((p, i) => (i % 2 === 1 ? `${p}${row}` : p)).join("");

const templates = new Map<string, string[]>();

/**
 * nativeFormula over one row's cells. Generating (and linting) a formula takes about a millisecond and the
 * parity runs need 50,000, which differ only in their row: each function and set of omitted arguments is
 * generated once, and checked once against a formula generated for another row, then moved to each row.
 */
export function rowFormula(fn: ClauseFunction, call: Call, row: number): string {
  const key = `${fn.name}:${call.map((v) => (v === undefined ? "-" : "+")).join("")}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = pieces(nativeFormula(fn.name, argRefs(fn, call, TEMPLATE_ROW)));
    const check = nativeFormula(fn.name, argRefs(fn, call, 987));
    if (atRow(template, 987) !== check)
      throw new Error(`rowFormula: ${fn.name}'s formula is not the same at another row:\n${check}`);
    templates.set(key, template);
  }
  return atRow(template, row);
}

export interface Disagreement {
  call: Call;
  engine: number | "error";
  host: unknown;
  formula: string;
}

export interface Verdict {
  rows: number;
  ties: number;
  /** Ties where the host's binary ROUND landed a fen from the engine. */
  tieFenOff: number;
  disagreements: Disagreement[];
}

/** Compares the host's values (one per call, `isError` telling an error) with the engine. */
export function judge(
  fn: ClauseFunction,
  calls: readonly Call[],
  hostValue: (row: number) => unknown,
  isError: (v: unknown) => boolean
): Verdict {
  const verdict: Verdict = { rows: calls.length, ties: 0, tieFenOff: 0, disagreements: [] };
  calls.forEach((call, r) => {
    const expected = engineResult(fn, call);
    const host = hostValue(r);
    const disagree = () =>
      verdict.disagreements.push({
        call,
        engine: expected,
        host,
        formula: rowFormula(fn, call, r + 1),
      });
    if (expected === "error") {
      if (!isError(host)) disagree();
      return;
    }
    if (typeof host !== "number") return disagree();
    if (host === expected) {
      if (isTie(fn, engineArgs(fn, call))) verdict.ties++;
      return;
    }
    // In whole fen: two awards a fen apart above 10 million yuan differ by more than 0.01 + 1e-9 as doubles.
    const fenApart = Math.abs(Math.round(host * 100) - Math.round(expected * 100));
    if (isTie(fn, engineArgs(fn, call)) && fenApart <= 1) {
      verdict.ties++;
      verdict.tieFenOff++;
      return;
    }
    disagree();
  });
  return verdict;
}
