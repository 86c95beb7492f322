/**
 * Excel expressions as the native twins build them: text in Excel's en-US formula syntax, with what the
 * generator knows about it — how tightly it binds (so an operand is put in parentheses only where Excel
 * needs them) and an upper bound of its value when one is known statically (so the 10-trillion check is
 * written only where an award could pass it). Only functions every target host has (docs/native-formulas.md).
 * Nothing here evaluates: a twin composes these the way its shape composes Calc operations.
 */
import { formulaLiteral } from "../../format/formula-literal";

/** Binding strength, loosest first: a comparison, a sum or difference, a product or quotient, an atom. */
const enum Prec {
  Compare = 0,
  Add = 1,
  Mul = 2,
  Atom = 3,
}

export class Expr {
  constructor(
    readonly text: string,
    /** An upper bound of the value, Infinity when none is known. */
    readonly max: number = Infinity,
    readonly prec: Prec = Prec.Atom
  ) {}

  toString(): string {
    return this.text;
  }
}

/** A cell or range reference, or any expression the caller wrote, taken as an atom when it is one. */
export function ref(text: string, max = Infinity): Expr {
  const atom = /^[A-Za-z0-9_$.:!']+$|^"([^"]|"")*"$/.test(text);
  return new Expr(text, max, atom ? Prec.Atom : Prec.Compare);
}

/**
 * A number written out in full, never with an exponent: every host reads "0.000000000001", while
 * HyperFormula rejects "1E-12" (its parser takes only a lower-case "e"). Same digits, so the same double.
 */
function plainNumber(n: number): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(n));
  if (!m) return formulaLiteral(n);
  const [, sign, lead, rest = "", exp] = m;
  const e = Number(exp);
  return e < 0
    ? `${sign}0.${"0".repeat(-e - 1)}${lead}${rest}`
    : `${sign}${lead}${rest}${"0".repeat(e - rest.length)}`;
}

export function num(n: number): Expr {
  return new Expr(plainNumber(n), n, n < 0 ? Prec.Add : Prec.Atom);
}

export function text(s: string): Expr {
  return new Expr(formulaLiteral(s));
}

export const TRUE = new Expr("TRUE");
export const FALSE = new Expr("FALSE");
export const ZERO = num(0);

const wrap = (e: Expr, atLeast: Prec): string => (e.prec < atLeast ? `(${e.text})` : e.text);

/**
 * Expressions whose value is TRUE/FALSE (or an array of them): comparisons, AND/OR/NOT, the IS functions.
 * SUMPRODUCT must not sum one of these as it is (sumproduct below).
 */
const logical = new WeakSet<Expr>();
const asLogical = (e: Expr): Expr => (logical.add(e), e);

/** What a literal is (a number, TRUE/FALSE or a text), or undefined for anything else. */
function literalKind(e: Expr): "number" | "logical" | "text" | undefined {
  if (/^-?\d+(\.\d+)?$/.test(e.text)) return "number";
  if (e.text === "TRUE" || e.text === "FALSE") return "logical";
  return /^"([^"]|"")*"$/.test(e.text) ? "text" : undefined;
}

const IS_KIND: Record<string, string> = {
  ISNUMBER: "number",
  ISLOGICAL: "logical",
  ISTEXT: "text",
};

export function call(fn: string, args: readonly Expr[], max = Infinity): Expr {
  // ISNUMBER, ISLOGICAL and ISTEXT of a literal are known here, and must be: LibreOffice Calc 7 answers
  // ISLOGICAL(0) with TRUE after another logical result in the same formula
  // (AND(ISNUMBER(0),NOT(ISLOGICAL(0))) is FALSE there), so a guard over a literal argument would refuse it.
  const kind = fn in IS_KIND && args.length === 1 ? literalKind(args[0]) : undefined;
  if (kind) return kind === IS_KIND[fn] ? TRUE : FALSE;
  const e = new Expr(`${fn}(${args.map((a) => a.text).join(",")})`, max);
  return /^(IS[A-Z]+|AND|OR|NOT)$/.test(fn) ? asLogical(e) : e;
}

export function add(a: Expr, b: Expr): Expr {
  if (b.text === "0") return a;
  if (a.text === "0") return b;
  return new Expr(`${wrap(a, Prec.Add)}+${wrap(b, Prec.Mul)}`, a.max + b.max, Prec.Add);
}

export function sub(a: Expr, b: Expr): Expr {
  if (b.text === "0") return a;
  return new Expr(`${wrap(a, Prec.Add)}-${wrap(b, Prec.Mul)}`, a.max, Prec.Add);
}

/** a × b of non-negative values. */
export function mul(a: Expr, b: Expr): Expr {
  if (b.text === "1") return a;
  if (a.text === "1") return b;
  return new Expr(`${wrap(a, Prec.Mul)}*${wrap(b, Prec.Mul + 1)}`, a.max * b.max, Prec.Mul);
}

export function div(a: Expr, b: Expr): Expr {
  return new Expr(`${wrap(a, Prec.Mul)}/${wrap(b, Prec.Mul + 1)}`, Infinity, Prec.Mul);
}

export const min = (a: Expr, b: Expr): Expr => call("MIN", [a, b], Math.min(a.max, b.max));
export const max = (a: Expr, b: Expr): Expr => call("MAX", [a, b], Math.max(a.max, b.max));
/** max(0, a): the Calc's floorAtZero. */
export const floorAtZero = (a: Expr): Expr => max(ZERO, a);

type Comparison = ">=" | ">" | "<=" | "<" | "=" | "<>";

const COMPARE: Record<Comparison, (c: number) => boolean> = {
  ">=": (c) => c >= 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  "<": (c) => c < 0,
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
};

/** a op b when both are literals a formula compares the same way everywhere: numbers, or a number and "". */
function foldedCompare(a: Expr, op: Comparison, b: Expr): Expr | undefined {
  const [ka, kb] = [literalKind(a), literalKind(b)];
  if (ka === "number" && kb === "number") {
    const [x, y] = [Number(a.text), Number(b.text)];
    return COMPARE[op](x < y ? -1 : x > y ? 1 : 0) ? TRUE : FALSE;
  }
  // A number is never equal to a text (Excel orders numbers before texts): 0="" is FALSE.
  const numberAndEmpty =
    (ka === "number" && b.text === '""') || (kb === "number" && a.text === '""');
  if (numberAndEmpty && (op === "=" || op === "<>")) return op === "=" ? FALSE : TRUE;
  return undefined;
}

export function compare(a: Expr, op: Comparison, b: Expr): Expr {
  const folded = foldedCompare(a, op, b);
  if (folded) return folded;
  return asLogical(
    new Expr(`${wrap(a, Prec.Add)}${op}${wrap(b, Prec.Add)}`, Infinity, Prec.Compare)
  );
}

/** IF(cond, a, b), folded when the condition is a literal (an omitted code argument's default). */
export function iff(cond: Expr, a: Expr, b: Expr): Expr {
  if (cond === TRUE || cond.text === "TRUE") return a;
  if (cond === FALSE || cond.text === "FALSE") return b;
  return call("IF", [cond, a, b], Math.max(a.max, b.max));
}

/** The conditions of each AND / OR built here, so a nested one is flattened into its parent. */
const junctions = new WeakMap<Expr, { fn: string; parts: readonly Expr[] }>();

function junction(fn: "AND" | "OR", conds: readonly Expr[], unit: Expr, zero: Expr): Expr {
  const parts = conds
    .flatMap((c) => (junctions.get(c)?.fn === fn ? junctions.get(c)!.parts : [c]))
    .filter((c) => c.text !== unit.text);
  if (parts.some((c) => c.text === zero.text)) return zero;
  if (parts.length === 0) return unit;
  if (parts.length === 1) return parts[0];
  const e = call(fn, parts);
  junctions.set(e, { fn, parts });
  return e;
}

export const and = (conds: readonly Expr[]): Expr => junction("AND", conds, TRUE, FALSE);
export const or = (conds: readonly Expr[]): Expr => junction("OR", conds, FALSE, TRUE);

export const not = (c: Expr): Expr =>
  c.text === "TRUE" ? FALSE : c.text === "FALSE" ? TRUE : call("NOT", [c]);

/**
 * #N/A: what every twin returns for an input the add-in rejects (the twin cannot carry its message). It
 * yields no number, so it bounds nothing: IF(c, NA(), x) is bounded by x alone.
 */
export const NA = call("NA", [], -Infinity);

/**
 * Σ over a range expression: SUMPRODUCT of one array (masks multiplied in), never IF over a range. A
 * logical array is multiplied by 1 first: Excel's SUMPRODUCT "treats array entries that are not numeric as
 * if they were zeros", TRUE included, so SUMPRODUCT(R>T) is 0 there (HyperFormula and LibreOffice count
 * TRUE as 1, and would not show the difference).
 */
export const sumproduct = (array: Expr): Expr =>
  call("SUMPRODUCT", [
    logical.has(array) ? new Expr(`${wrap(array, Prec.Mul)}*1`, array.max, Prec.Mul) : array,
  ]);
