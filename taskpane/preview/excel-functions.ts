/**
 * Excel behaviour fast-formula-parser 1.0.19 lacks and the generated sheets use: MAX, MIN and COUNTA
 * (declared but not implemented there), XLOOKUP (with the wildcard match mode the audit report uses),
 * and comparisons as Excel makes them: a blank cell equals "" and 0 and FALSE, text compares
 * regardless of case ("a" = "A"), which the stacking wiring relies on for item keys, and a range or
 * array compares element by element (arrays.ts).
 */
import FormulaParser, { type FormulaArg } from "fast-formula-parser";
import { broadcast } from "./arrays";

const { FormulaError } = FormulaParser;

const isError = (v: unknown): v is InstanceType<typeof FormulaError> => v instanceof FormulaError;

function cellsOf(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  return v.flatMap((row) => (Array.isArray(row) ? row : [row]));
}

/** A number from a literal argument as Excel reads it (TRUE → 1, "12" → 12), or #VALUE!. */
function literalNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === undefined || v === "") return 0;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  throw FormulaError.VALUE;
}

/**
 * The numbers MAX, MIN and SUM look at: in ranges and referenced cells only numbers, literal arguments
 * coerced; an error anywhere is the result, as in Excel.
 */
function numbersOf(args: FormulaArg[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (a.omitted) {
      out.push(0);
      continue;
    }
    if (Array.isArray(a.value) || a.isRangeRef || a.isCellRef) {
      for (const v of cellsOf(a.value)) {
        if (isError(v)) throw v;
        if (typeof v === "number") out.push(v);
      }
    } else {
      if (isError(a.value)) throw a.value;
      out.push(literalNumber(a.value));
    }
  }
  return out;
}

function counta(...args: FormulaArg[]): number {
  let n = 0;
  for (const a of args) {
    if (a.omitted) continue;
    if (Array.isArray(a.value) || a.isRangeRef || a.isCellRef) {
      for (const v of cellsOf(a.value)) if (v !== null && v !== undefined) n++;
    } else n++;
  }
  return n;
}

/** Excel's order across types: numbers < text < logical values; text regardless of case. */
function rank(v: unknown): number {
  return typeof v === "number" ? 1 : typeof v === "string" ? 2 : typeof v === "boolean" ? 3 : 0;
}

/** -1, 0 or 1, as Excel compares two values (a blank taking the other side's type). */
export function excelCompare(a: unknown, b: unknown): number {
  const blankAs = (other: unknown) =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null || a === undefined ? blankAs(b) : a;
  const y = b === null || b === undefined ? blankAs(a) : b;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx < ry ? -1 : 1;
  const ux = typeof x === "string" ? x.toUpperCase() : (x as number | boolean);
  const uy = typeof y === "string" ? y.toUpperCase() : (y as number | boolean);
  return ux < uy ? -1 : ux > uy ? 1 : 0;
}

function compared(c: number, infix: string): boolean {
  switch (infix) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case ">":
      return c > 0;
    case "<":
      return c < 0;
    case ">=":
      return c >= 0;
    case "<=":
      return c <= 0;
    default:
      throw new Error(`Unrecognized comparison: ${infix}`);
  }
}

/**
 * The replacement for fast-formula-parser's Infix.compareOp (same signature; the isArray flags are not
 * needed): a range or array on either side compares element by element (arrays.ts), as mask formulas need.
 */
export function compareOp(value1: unknown, infix: string, value2: unknown): unknown {
  return broadcast(value1, value2, (a, b) => compared(excelCompare(a, b), infix));
}

/** An Excel wildcard pattern (* ? and ~ to escape) as a whole-text, case-insensitive regular expression. */
export function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length)
      re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

function scalarArg(a: FormulaArg | undefined, fallback: unknown): unknown {
  if (!a || a.omitted) return fallback;
  const v = Array.isArray(a.value) ? cellsOf(a.value)[0] : a.value;
  if (isError(v)) throw v;
  return v;
}

/**
 * XLOOKUP(lookup_value, lookup_array, return_array, [if_not_found], [match_mode], [search_mode]):
 * match modes 0 (exact), -1 (exact or next smaller), 1 (exact or next larger), 2 (wildcard); search
 * modes 1 and -1 (the binary modes ±2 search linearly). A vertical lookup returns the matching row of
 * return_array, a horizontal one the matching column (one cell when return_array is one wide).
 */
function xlookup(...args: FormulaArg[]): unknown {
  const [lookupArg, lookupArrayArg, returnArrayArg, notFoundArg, matchArg, searchArg] = args;
  if (!lookupArg || !lookupArrayArg || !returnArrayArg) throw FormulaError.VALUE;
  const lookup = scalarArg(lookupArg, null);
  const matchMode = literalNumber(scalarArg(matchArg, 0));
  const searchMode = literalNumber(scalarArg(searchArg, 1));
  const toGrid = (v: unknown): unknown[][] =>
    Array.isArray(v) ? (v as unknown[]).map((r) => (Array.isArray(r) ? r : [r])) : [[v]];
  const lookupGrid = toGrid(lookupArrayArg.value);
  const returnGrid = toGrid(returnArrayArg.value);
  const vertical = lookupGrid[0].length === 1;
  if (!vertical && lookupGrid.length !== 1) throw FormulaError.VALUE;
  const candidates = vertical ? lookupGrid.map((r) => r[0]) : lookupGrid[0];
  const n = candidates.length;
  if ((vertical ? returnGrid.length : returnGrid[0].length) !== n) throw FormulaError.VALUE;

  const order = Array.from({ length: n }, (_, i) => (searchMode < 0 ? n - 1 - i : i));
  const pattern = matchMode === 2 && typeof lookup === "string" ? wildcard(lookup) : undefined;
  let found = -1;
  let nearest = -1;
  for (const i of order) {
    const v = candidates[i];
    if (isError(v) || v === null || v === undefined) continue;
    if (pattern) {
      if (typeof v === "string" && pattern.test(v)) {
        found = i;
        break;
      }
      continue;
    }
    if (rank(v) !== rank(lookup)) continue;
    const c = excelCompare(v, lookup);
    if (c === 0) {
      found = i;
      break;
    }
    const better = (j: number) =>
      matchMode === -1 ? excelCompare(v, candidates[j]) > 0 : excelCompare(v, candidates[j]) < 0;
    if ((matchMode === -1 && c < 0) || (matchMode === 1 && c > 0))
      if (nearest < 0 || better(nearest)) nearest = i;
  }
  if (found < 0) found = nearest;
  if (found < 0) {
    if (notFoundArg && !notFoundArg.omitted) return scalarArg(notFoundArg, null) ?? 0;
    throw FormulaError.NA;
  }
  const picked = vertical ? [returnGrid[found]] : returnGrid.map((r) => [r[found]]);
  // A blank cell found reads as 0, as in Excel.
  return picked.length === 1 && picked[0].length === 1 ? (picked[0][0] ?? 0) : picked;
}

/** Functions added to (or replacing the stubs of) fast-formula-parser's library. */
export const excelFunctions: Record<string, (...args: FormulaArg[]) => unknown> = {
  MAX: (...args) => {
    const ns = numbersOf(args);
    return ns.length ? Math.max(...ns) : 0;
  },
  MIN: (...args) => {
    const ns = numbersOf(args);
    return ns.length ? Math.min(...ns) : 0;
  },
  COUNTA: counta,
  XLOOKUP: xlookup,
  // fast-formula-parser's SUM skips an error in a referenced cell; Excel's is that error. A scenario's
  // total over all years must not be a silent partial sum of its yearly totals (issue 15).
  SUM: (...args) => numbersOf(args).reduce((sum, n) => sum + n, 0),
};
