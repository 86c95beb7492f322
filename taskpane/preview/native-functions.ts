/**
 * The functions native twins use (src/native/lint.ts NATIVE_FUNCTIONS), with Excel's semantics where
 * fast-formula-parser 1.0.19 departs from them: SUMPRODUCT of arrays that hold errors, booleans or text;
 * ISNUMBER / ISLOGICAL / ISTEXT / TRIM / UPPER / N / NOT / ROUND element by element over an array (so
 * `SUMPRODUCT(ISTEXT(R)+…)` tests every cell); TRIM collapsing runs of inner spaces; IF, AND and OR
 * coercing their conditions as Excel does; ROUND and ROUNDDOWN on the decimal a number shows. MIN and MAX
 * are in excel-functions.ts.
 *
 * IF and INDEX are among the parser's functions that receive its context and their arguments unresolved
 * (a reference stays a reference), so IF can hand on the branch it picks as it is.
 */
import FormulaParser, { type FormulaArg } from "fast-formula-parser";
import { arithmeticNumber, isFormulaError, isGrid, mapValue, toGrid } from "./arrays";

const { FormulaError } = FormulaParser;

/** What IF and INDEX receive first: the parser, which resolves a reference to its value or values. */
interface ParserContext {
  retrieveRef(arg: unknown): unknown;
}

/** An argument's value; an error value is thrown, which the parser shows as the function's result. */
function valueOf(a: FormulaArg | undefined): unknown {
  const v = a?.value;
  if (isFormulaError(v)) throw v;
  return v;
}

/** A scalar argument: an array's first element, as Excel takes one where a single value is expected. */
function scalarOf(v: unknown): unknown {
  const x = isGrid(v) ? toGrid(v)[0][0] : v;
  if (isFormulaError(x)) throw x;
  return x;
}

function numberOf(v: unknown): number {
  const n = arithmeticNumber(scalarOf(v));
  if (isFormulaError(n)) throw n;
  return n;
}

/** Excel's reading of a condition: a number is TRUE unless 0, a blank FALSE, "TRUE"/"FALSE" in any case. */
function conditionOf(v: unknown): boolean | InstanceType<typeof FormulaError> {
  if (isFormulaError(v)) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null || v === undefined) return false;
  const s = String(v).toUpperCase();
  return s === "TRUE" ? true : s === "FALSE" ? false : FormulaError.VALUE;
}

/** A number as Excel shows it in text (at most 15 significant digits, 1E+21). */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15))).toUpperCase();
}

function textOf(v: unknown): string | InstanceType<typeof FormulaError> {
  if (isFormulaError(v)) return v;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? numberText(v) : String(v);
}

/** `f` over every element of an argument, a text function's way (errors stay in their element). */
const eachText = (a: FormulaArg, f: (s: string) => string) =>
  mapValue(a.value, (x) => {
    const s = textOf(x);
    return isFormulaError(s) ? s : f(s);
  });

/** `digits` moves the decimal point of the number's shortest decimal text, so 1.005 is 100.5 fen exactly. */
function shifted(n: number, digits: number): number {
  const [mantissa, exponent = "0"] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

/** ROUND (half away from zero) or ROUNDDOWN (toward zero) of the decimal the number shows. */
function rounding(round: (x: number) => number) {
  return (number: FormulaArg, digits: FormulaArg) => {
    const d = Math.trunc(numberOf(valueOf(digits)));
    return mapValue(number.value, (x) => {
      const n = arithmeticNumber(x);
      if (isFormulaError(n)) return n;
      const r = shifted(round(shifted(Math.abs(n), d)), -d);
      return n < 0 ? -r : r;
    });
  };
}

/**
 * AND / OR: the logical values of the arguments, a number as ≠ 0; text and blanks inside a reference
 * or array are skipped, a literal text other than TRUE/FALSE is #VALUE!; the first error is the result;
 * none at all is #VALUE!.
 */
function logicalValues(args: FormulaArg[]): boolean[] {
  const out: boolean[] = [];
  for (const a of args) {
    if (a.omitted) {
      out.push(false);
      continue;
    }
    const inReference = isGrid(a.value) || a.isRangeRef || a.isCellRef;
    for (const v of isGrid(a.value) ? toGrid(a.value).flat() : [a.value]) {
      if (isFormulaError(v)) throw v;
      if (typeof v === "boolean" || typeof v === "number") out.push(conditionOf(v) as boolean);
      else if (!inReference && v !== null && v !== undefined) {
        const c = conditionOf(v);
        if (isFormulaError(c)) throw c;
        out.push(c);
      }
    }
  }
  if (out.length === 0) throw FormulaError.VALUE;
  return out;
}

/** SUMPRODUCT: arrays of one size multiplied element by element and summed; what is not a number counts 0, an error is the result. */
function sumproduct(...args: FormulaArg[]): number {
  const grids = args.map((a) => toGrid(valueOf(a)));
  const rows = grids[0].length;
  const cols = grids[0][0].length;
  if (grids.some((g) => g.length !== rows || g[0].length !== cols)) throw FormulaError.VALUE;
  let sum = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let product = 1;
      for (const g of grids) {
        const v = g[r][c];
        if (isFormulaError(v)) throw v;
        product *= typeof v === "number" ? v : 0;
      }
      sum += product;
    }
  return sum;
}

/** IF(condition, then, [else]): the branch as given (a reference stays one); no else is FALSE, an empty one 0. */
function iff(context: ParserContext, ...args: unknown[]): unknown {
  const [test, then, otherwise] = args;
  const c = conditionOf(scalarOf(test === null ? null : context.retrieveRef(test)));
  if (isFormulaError(c)) throw c;
  if (!c && args.length < 3) return false;
  const picked = c ? then : otherwise;
  if (picked === null || picked === undefined) return 0;
  const v = context.retrieveRef(picked);
  // A blank cell picked reads as 0, as in Excel.
  return v === null || v === undefined ? 0 : picked;
}

/**
 * INDEX(array, row, [column]): one element, 1-based; a one-row array's single index is its column. A row
 * or column 0 (a whole column or row in Excel) is not needed by the twins and is #REF! here.
 */
function index(context: ParserContext, ...args: unknown[]): unknown {
  const [arrayArg, rowArg, colArg] = args;
  if (arrayArg === null || arrayArg === undefined) throw FormulaError.VALUE;
  const resolved = context.retrieveRef(arrayArg);
  if (isFormulaError(resolved)) throw resolved;
  const grid = toGrid(resolved);
  const position = (a: unknown) =>
    a === null || a === undefined ? undefined : Math.trunc(numberOf(context.retrieveRef(a)));
  let row = position(rowArg);
  let col = position(colArg);
  if (col === undefined && grid.length === 1) [row, col] = [1, row];
  row ??= 1;
  col ??= 1;
  if (row < 1 || col < 1 || row > grid.length || col > grid[0].length) throw FormulaError.REF;
  const v = grid[row - 1][col - 1];
  return v === null || v === undefined ? 0 : v;
}

/** Excel's TRIM: ASCII spaces off both ends, each inner run of them down to one; other spaces stay. */
export const excelTrim = (s: string): string => s.replace(/ +/g, " ").replace(/^ | $/g, "");

const isKind = (test: (v: unknown) => boolean) => (a: FormulaArg) => mapValue(a.value, test);

export const nativeFunctions: Record<string, (...args: never[]) => unknown> = {
  IF: iff,
  AND: (...args: FormulaArg[]) => logicalValues(args).every(Boolean),
  OR: (...args: FormulaArg[]) => logicalValues(args).some(Boolean),
  NOT: (a: FormulaArg) =>
    mapValue(a.value, (v) => {
      const c = conditionOf(v);
      return isFormulaError(c) ? c : !c;
    }),
  ROUND: rounding(Math.round),
  ROUNDDOWN: rounding(Math.floor),
  SUMPRODUCT: sumproduct,
  INDEX: index,
  // A boolean is not a number here (LibreOffice's ISNUMBER(TRUE) is TRUE; the twins test ISLOGICAL too).
  ISNUMBER: isKind((v) => typeof v === "number"),
  ISLOGICAL: isKind((v) => typeof v === "boolean"),
  ISTEXT: isKind((v) => typeof v === "string"),
  TRIM: (a: FormulaArg) => eachText(a, excelTrim),
  UPPER: (a: FormulaArg) => eachText(a, (s) => s.toUpperCase()),
  N: (a: FormulaArg) =>
    mapValue(a.value, (v) =>
      isFormulaError(v) ? v : typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0
    ),
  NA: () => FormulaError.NA,
};
