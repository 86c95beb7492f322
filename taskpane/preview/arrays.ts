/**
 * Array arithmetic as Excel does it, for the preview's operators: a range or an array on either side of
 * + - * / ^ &, a comparison or a sign gives an array, element by element. A 1 × 1 array, a single row or a
 * single column is stretched along the side where it has one cell; where neither operand covers a position
 * the element is #N/A (Excel's rule for arrays of different sizes). fast-formula-parser 1.0.19 instead
 * takes a range's first cell, so `SUMPRODUCT(A1:A3*0.5)` read only A1, and mask formulas such as
 * `SUMPRODUCT((A1:A3>=500000)*A1:A3)` compared a whole range as one value. Native twins (src/native) are
 * made of such masks.
 *
 * An error inside an array stays in its element (the function receiving the array decides: SUMPRODUCT
 * returns it); an error as a whole operand is returned before these run (the parser's own check). Two
 * scalars give a scalar, so a formula over single cells computes as before.
 */
import FormulaParser from "fast-formula-parser";

const { FormulaError } = FormulaParser;
type FormulaErrorValue = InstanceType<typeof FormulaError>;

export const isFormulaError = (v: unknown): v is FormulaErrorValue => v instanceof FormulaError;

export type Grid = unknown[][];

export const isGrid = (v: unknown): v is Grid => Array.isArray(v);

/** A value as a grid: an array as it is (a flat list as one row), a scalar as a 1 × 1 grid. */
export const toGrid = (v: unknown): Grid =>
  isGrid(v) ? (v.every(Array.isArray) ? v : [v]) : [[v]];

/** `f` over every element of a value: an array gives an array of the same shape, a scalar a scalar. */
export function mapValue(v: unknown, f: (x: unknown) => unknown): unknown {
  return isGrid(v) ? toGrid(v).map((row) => row.map(f)) : f(v);
}

/** `f` over two values element by element, stretched as Excel stretches arrays; scalars stay scalars. */
export function broadcast(a: unknown, b: unknown, f: (x: unknown, y: unknown) => unknown): unknown {
  if (!isGrid(a) && !isGrid(b)) return f(a, b);
  const ga = toGrid(a);
  const gb = toGrid(b);
  const rows = Math.max(ga.length, gb.length);
  const cols = Math.max(ga[0].length, gb[0].length);
  // A single row or column covers every position along that side; a longer one only its own.
  const at = (g: Grid, r: number, c: number): unknown => {
    const rr = g.length === 1 ? 0 : r;
    const cc = g[0].length === 1 ? 0 : c;
    return rr < g.length && cc < g[0].length ? g[rr][cc] : FormulaError.NA;
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const x = at(ga, r, c);
      if (isFormulaError(x)) return x;
      const y = at(gb, r, c);
      if (isFormulaError(y)) return y;
      return f(x, y);
    })
  );
}

// Numeric text as Excel reads it in arithmetic: a decimal number, spaces around it allowed.
const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** A value as a number for arithmetic: blank 0, TRUE 1, numeric text its number; other text #VALUE!. */
export function arithmeticNumber(v: unknown): number | FormulaErrorValue {
  if (typeof v === "number") return v;
  if (v === null || v === undefined) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isFormulaError(v)) return v;
  if (typeof v === "string" && NUMERIC_TEXT.test(v)) return Number(v);
  return FormulaError.VALUE;
}

/** A result as Excel keeps it: beyond the largest double is #NUM!, as is a complex one (NaN). */
const finite = (n: number) => (Number.isFinite(n) ? n : FormulaError.NUM);

function arithmetic(x: unknown, op: string, y: unknown): unknown {
  const a = arithmeticNumber(x);
  if (isFormulaError(a)) return a;
  const b = arithmeticNumber(y);
  if (isFormulaError(b)) return b;
  switch (op) {
    case "+":
      return finite(a + b);
    case "-":
      return finite(a - b);
    case "*":
      return finite(a * b);
    case "/":
      return b === 0 ? FormulaError.DIV0 : finite(a / b);
    case "^":
      if (a === 0) return b === 0 ? FormulaError.NUM : b < 0 ? FormulaError.DIV0 : 0;
      return finite(a ** b);
    default:
      throw new Error(`Unrecognized arithmetic operator: ${op}`);
  }
}

/** The replacement for fast-formula-parser's Infix.mathOp (same signature; the isArray flags are not needed). */
export function mathOp(value1: unknown, infix: string, value2: unknown): unknown {
  return broadcast(value1, value2, (x, y) => arithmetic(x, infix, y));
}

/** A value as text for &: a blank is "", TRUE "TRUE", a number as Excel writes it (15 significant digits). */
export function textOf(v: unknown): string | FormulaErrorValue {
  if (isFormulaError(v)) return v;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15))).toUpperCase();
  return String(v);
}

/** The replacement for Infix.concatOp: & element by element. */
export function concatOp(value1: unknown, _infix: string, value2: unknown): unknown {
  return broadcast(value1, value2, (x, y) => {
    const a = textOf(x);
    if (isFormulaError(a)) return a;
    const b = textOf(y);
    return isFormulaError(b) ? b : a + b;
  });
}

/** The replacement for Prefix.unaryOp: plus alone leaves a value as it is; any minus makes a number (--TRUE is 1). */
export function unaryOp(prefixes: string[], value: unknown): unknown {
  const minuses = prefixes.filter((p) => p === "-").length;
  return mapValue(value, (x) => {
    if (minuses === 0) return x ?? 0;
    const n = arithmeticNumber(x);
    return isFormulaError(n) || minuses % 2 === 0 ? n : -n;
  });
}

/** The replacement for Postfix.percentOp: a hundredth of each number. */
export function percentOp(value: unknown): unknown {
  return mapValue(value, (x) => {
    const n = arithmeticNumber(x);
    return isFormulaError(n) ? n : n / 100;
  });
}
