/**
 * The functions native twins use (src/native/lint.ts: IF AND OR NOT ROUND ROUNDDOWN SUMPRODUCT INDEX
 * ISNUMBER ISLOGICAL ISTEXT TRIM UPPER N NA; MIN and MAX are in excel-functions.ts), plus MATCH, with
 * Excel's semantics where fast-formula-parser 1.0.19 departs from them or lacks the function:
 * - SUMPRODUCT: what is not a number counts 0 — TRUE too, so `SUMPRODUCT(R>5)` is 0 in Excel, and a
 *   mask must be multiplied in (`SUMPRODUCT((R>5)*R)`); an error element is the result.
 * - ISNUMBER / ISLOGICAL / ISTEXT / TRIM / UPPER / NOT / ROUND element by element over an array, so
 *   `SUMPRODUCT(ISTEXT(R)+…)` tests every cell; N too over an array, but of a range only its first cell.
 * - TRIM removes ASCII spaces only and collapses inner runs to one; IF, AND, OR and NOT read conditions
 *   as Excel does (a number is TRUE unless 0, "TRUE"/"FALSE" as text).
 * - ROUND (half away from zero) and ROUNDDOWN work on the number's 15-significant-digit decimal, as Excel
 *   does: ROUND(2.675, 2) is 2.68 (the double below 2.675 reads 2.67500000000000), where
 *   Math.round(2.675 * 100) / 100 — the parser's way and HyperFormula's — gives 2.67.
 *
 * IF and INDEX are among the parser's functions that receive its context and their arguments unresolved
 * (a reference stays a reference), so IF hands on the branch it picks as it is (a blank cell stays
 * blank to a comparison) and INDEX into a range gives a reference to the cell.
 */
import FormulaParser, { type FormulaArg } from "fast-formula-parser";
import { arithmeticNumber, isFormulaError, isGrid, mapValue, textOf, toGrid } from "./arrays";
import { excelCompare, wildcard } from "./excel-functions";

const { FormulaError } = FormulaParser;
type FormulaErrorValue = InstanceType<typeof FormulaError>;

/** What IF and INDEX receive first: the parser, which resolves a reference to its value or values. */
interface ParserContext {
  retrieveRef(arg: unknown): unknown;
}

/** A cell or range reference as the parser passes it unresolved (1-based rows and columns). */
interface Reference {
  ref: {
    sheet?: string;
    row?: number;
    col?: number;
    from?: { row: number; col: number };
    to?: { row: number; col: number };
  };
}

const isReference = (v: unknown): v is Reference =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "ref" in v;

/** An argument's value; an error value is thrown, which the parser shows as the function's result. */
function valueOf(a: FormulaArg | undefined): unknown {
  const v = a?.value;
  if (isFormulaError(v)) throw v;
  return v;
}

/** A scalar: an array's first element, as Excel takes one where a single value is expected. */
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
function conditionOf(v: unknown): boolean | FormulaErrorValue {
  if (isFormulaError(v)) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null || v === undefined) return false;
  const s = String(v).toUpperCase();
  return s === "TRUE" ? true : s === "FALSE" ? false : FormulaError.VALUE;
}

/** `f` over every element of an argument as text (errors stay in their element). */
const eachText = (a: FormulaArg, f: (s: string) => string) =>
  mapValue(a.value, (x) => {
    const s = textOf(x);
    return isFormulaError(s) ? s : f(s);
  });

/** `n` with its decimal point moved `digits` places, through decimal text (so no binary error is added). */
function shifted(text: string, digits: number): number {
  const [mantissa, exponent = "0"] = text.split("e");
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

/** ROUND (half away from zero) or ROUNDDOWN (toward zero) of the number's 15-significant-digit decimal. */
function rounding(toInteger: (x: number) => number) {
  return (number: FormulaArg, digits: FormulaArg) => {
    // Excel refuses ROUND(x) without digits; ROUND(x,) is 0 digits.
    if (digits === undefined) throw FormulaError.VALUE;
    const d = Math.trunc(digits.omitted ? 0 : numberOf(valueOf(digits)));
    return mapValue(number.value, (x) => {
      const n = arithmeticNumber(x);
      if (isFormulaError(n)) return n;
      const r = shifted(String(toInteger(shifted(Math.abs(n).toPrecision(15), d))), -d);
      return n < 0 ? -r : r;
    });
  };
}

/**
 * AND / OR: the logical values of the arguments, a number as ≠ 0; text and blanks inside a reference or
 * array are skipped, a literal text other than TRUE/FALSE is #VALUE!; an error is the result; no logical
 * value at all is #VALUE!.
 */
function logicalValues(args: FormulaArg[]): boolean[] {
  const out: boolean[] = [];
  for (const a of args) {
    if (a.omitted) {
      out.push(false);
      continue;
    }
    const inReference = isGrid(a.value) || a.isRangeRef || a.isCellRef;
    for (const v of toGrid(a.value).flat()) {
      if (isFormulaError(v)) throw v;
      if (typeof v === "boolean" || typeof v === "number") out.push(v !== 0 && v !== false);
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

/** SUMPRODUCT: arrays of one size multiplied element by element and summed; non-numbers count 0. */
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
  return picked === null || picked === undefined ? 0 : picked;
}

/** A 1-based position argument of INDEX or MATCH (omitted: undefined). */
function positionOf(context: ParserContext, a: unknown): number | undefined {
  return a === null || a === undefined ? undefined : Math.trunc(numberOf(context.retrieveRef(a)));
}

/**
 * INDEX(array, row, [column]): one element, 1-based; a one-row array's single index is its column. Into
 * a range the result is a reference to that cell (a blank stays blank), into an array the element. A row
 * or column 0 (a whole column or row in Excel) is not needed by the sheets and is #REF! here.
 */
function index(context: ParserContext, ...args: unknown[]): unknown {
  const [arrayArg, rowArg, colArg] = args;
  if (arrayArg === null || arrayArg === undefined) throw FormulaError.VALUE;
  const resolved = context.retrieveRef(arrayArg);
  if (isFormulaError(resolved)) throw resolved;
  const grid = toGrid(resolved);
  let row = positionOf(context, rowArg);
  let col = positionOf(context, colArg);
  if (col === undefined && grid.length === 1) [row, col] = [1, row];
  row ??= 1;
  col ??= 1;
  if (row < 1 || col < 1 || row > grid.length || col > grid[0].length) throw FormulaError.REF;
  if (isReference(arrayArg)) {
    const { sheet, from } = arrayArg.ref;
    const top = from ?? { row: arrayArg.ref.row!, col: arrayArg.ref.col! };
    return { ref: { sheet, row: top.row + row - 1, col: top.col + col - 1 } };
  }
  return grid[row - 1][col - 1] ?? 0;
}

/**
 * MATCH(lookup, array, [type]): the 1-based position in a single row or column. Type 0 the first equal
 * value (text regardless of case, with wildcards); 1 (the default) the last value ≤ lookup and -1 the
 * last ≥ lookup before the order breaks, as Excel finds them in an array sorted the way the type says.
 */
function match(lookupArg: FormulaArg, arrayArg: FormulaArg, typeArg?: FormulaArg): number {
  const lookup = scalarOf(valueOf(lookupArg));
  const grid = toGrid(valueOf(arrayArg));
  if (grid.length !== 1 && grid[0].length !== 1) throw FormulaError.NA;
  const values = grid.length === 1 ? grid[0] : grid.map((r) => r[0]);
  const type = typeArg === undefined || typeArg.omitted ? 1 : Math.sign(numberOf(typeArg.value));
  const sameKind = (v: unknown) => typeof v === typeof lookup && !isFormulaError(v);
  if (type === 0) {
    const pattern = typeof lookup === "string" ? wildcard(lookup) : undefined;
    const i = values.findIndex((v) =>
      pattern
        ? typeof v === "string" && pattern.test(v)
        : sameKind(v) && excelCompare(v, lookup) === 0
    );
    if (i < 0) throw FormulaError.NA;
    return i + 1;
  }
  let found = -1;
  for (let i = 0; i < values.length; i++) {
    if (!sameKind(values[i])) continue;
    if (excelCompare(values[i], lookup) * type > 0) break;
    found = i;
  }
  if (found < 0) throw FormulaError.NA;
  return found + 1;
}

/** Excel's TRIM: ASCII spaces off both ends, each inner run of them down to one; other spaces stay. */
export const excelTrim = (s: string): string => s.replace(/ +/g, " ").replace(/^ | $/g, "");

const isKind = (test: (v: unknown) => boolean) => (a: FormulaArg) => mapValue(a.value, test);

/** N of one value: a number itself, TRUE 1, an error itself, anything else 0. */
const nOf = (v: unknown) =>
  isFormulaError(v) || typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;

/** An argument of an information function: its value, and the reference when it was one. */
type InformationArg = FormulaArg & { ref?: Reference["ref"] };

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
  MATCH: match,
  // A boolean is not a number to Excel (LibreOffice's ISNUMBER(TRUE) is TRUE; the twins test ISLOGICAL too).
  ISNUMBER: isKind((v) => typeof v === "number"),
  ISLOGICAL: isKind((v) => typeof v === "boolean"),
  ISTEXT: isKind((v) => typeof v === "string"),
  TRIM: (a: FormulaArg) => eachText(a, excelTrim),
  UPPER: (a: FormulaArg) => eachText(a, (s) => s.toUpperCase()),
  // Excel's N does not go through a range: N(A1:A3) is N(A1); an array (N(A1:A3*1)) it does.
  N: (a: InformationArg) => (a.ref?.from ? nOf(scalarOf(a.value)) : mapValue(a.value, nOf)),
  NA: () => FormulaError.NA,
};
