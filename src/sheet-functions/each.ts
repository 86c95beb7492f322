/**
 * SUBSIDY.EACH(function_name, args…): a clause function applied element by element, for whole-column
 * models. Each argument may be one cell or a range; ranges of the same shape broadcast against single
 * cells; the result spills in that shape (a 2-D array). An element whose inputs are invalid holds its
 * error as a value (a SubsidyError), so one bad row shows #VALUE!/#NUM! in that row only and never turns
 * the column into one error or a silent number; an error value in a cell stays in its element too (a
 * #DIV/0! in row 3 is #DIV/0! in row 3 only, see `errorValueInput`). Ranges of different shapes, or an
 * array that is not rectangular, are #VALUE! naming the argument. Range parameters of the clause function itself (kind
 * "amounts": unit_prices, requested_amounts) are not broadcast: EACH passes them whole to every element.
 *
 * The Excel face turns element errors into CustomFunctions.Error with `mapElementErrors` (see
 * functions/excel-errors.ts `toExcelValue`); a test oracle (HyperFormula) does the same with its CellError.
 */
import type { ClauseFunction, ParamSpec } from "../catalog/types";
import { SubsidyError, isSubsidyError, valueError, withoutStackTraces } from "../engine/errors";
import { computeAward } from "../engine/evaluate";
import { lookupFunction } from "./evaluate";
import { type Shape, rangeShape } from "../engine/range-shape";
import { CheckedAmounts, coerceArg } from "../engine/validate";
import type { SheetFunction } from "./types";

/** An element of EACH's result: the award, or the error of that element. */
export type EachElement = number | SubsidyError;

/** True for an element error inside a returned matrix (EACH's, or any sheet function's). */
export function isElementError(v: unknown): v is SubsidyError {
  return isSubsidyError(v);
}

/**
 * Maps the element errors of a sheet function's result with `map` (say, to CustomFunctions.Error or a
 * HyperFormula CellError); anything that is not a matrix is returned as it is. Rows are copied only
 * when they hold an error, so a clean 100,000-row result costs one scan.
 */
export function mapElementErrors<T>(value: unknown, map: (e: SubsidyError) => T): unknown {
  if (!Array.isArray(value)) return value;
  let out: unknown[] | null = null;
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    if (!Array.isArray(row)) continue;
    let copy: unknown[] | null = null;
    for (let j = 0; j < row.length; j++) {
      if (isSubsidyError(row[j])) {
        if (!copy) copy = row.slice();
        copy[j] = map(row[j] as SubsidyError);
      }
    }
    if (copy) {
      if (!out) out = value.slice();
      out[i] = copy;
    }
  }
  return out ?? value;
}

/** The shape of an argument: null for a single value (a scalar or a 1×1 range). */
function shapeOf(param: string, v: unknown): Shape | null {
  if (!Array.isArray(v)) return null;
  const s = rangeShape(param, v);
  return s.rows * s.cols === 1 ? null : s;
}

function cellAt(v: unknown, r: number, c: number): unknown {
  const row = (v as unknown[])[r];
  return Array.isArray(row) ? row[c] : row;
}

/** A 1×1 range given for a single value is that value. */
function single(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const row = v[0];
  return Array.isArray(row) ? row[0] : row;
}

function elementError(e: unknown): SubsidyError {
  if (isSubsidyError(e)) return e;
  // A defect in a formula: show it in its element rather than a number.
  return valueError(e instanceof Error ? e.message : String(e));
}

/**
 * A clause's own range argument, validated once for all elements. An invalid one is left as it is: each
 * element then reports it where its parameter order puts it, as the function called alone would.
 */
function checkedOnce(p: ParamSpec, a: unknown): unknown {
  try {
    return new CheckedAmounts(coerceArg(p, a) as number[]);
  } catch {
    return a;
  }
}

/**
 * A key for an element's broadcast cells, or undefined when one is not a plain value (an error object).
 * With a whole range passed to every element, each element's formula works through all its items; equal
 * inputs give the same award (the functions are pure), so elements with the same cells are computed once.
 */
function elementKey(cells: readonly unknown[]): string | undefined {
  let key = "";
  for (const v of cells) {
    if (typeof v === "number") key += `n${Object.is(v, -0) ? "-0" : v}\u0000`;
    else if (typeof v === "string") key += `s${v.length}:${v}\u0000`;
    else if (typeof v === "boolean") key += `b${v}\u0000`;
    else if (v === null) key += "_\u0000";
    else if (v === undefined) key += "~\u0000";
    else return undefined;
  }
  return key;
}

/**
 * Applies `fn` element by element (the engine side of SUBSIDY.EACH). `args` are the clause function's
 * arguments as Excel passes them; each non-"amounts" argument may be a range.
 */
// Longer than 60 lines: the shape check and the element loop share the broadcast slots, reused per element on EACH's hot path.
export function applyEach(fn: ClauseFunction, args: readonly unknown[]): EachElement[][] {
  if (args.length > fn.params.length) {
    throw valueError(`too many arguments for ${fn.name}: at most ${fn.params.length}`, "args");
  }
  let shape: Shape | null = null;
  let shapeParam = "";
  const broadcast: number[] = [];
  const element: unknown[] = new Array(args.length);
  let passesRange = false;
  for (let i = 0; i < args.length; i++) {
    const p = fn.params[i];
    const a = args[i];
    if (p.kind === "amounts") {
      element[i] = checkedOnce(p, a); // passed through whole (not broadcast)
      passesRange = true;
      continue;
    }
    const s = shapeOf(p.name, a);
    if (!s) {
      element[i] = single(a);
      continue;
    }
    if (!shape) {
      shape = s;
      shapeParam = p.name;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw valueError(
        `${p.name} is a ${s.rows}×${s.cols} range but ${shapeParam} is ${shape.rows}×${shape.cols}: ranges given to EACH must have the same shape`,
        p.name
      );
    }
    broadcast.push(i);
  }
  const rows = shape ? shape.rows : 1;
  const cols = shape ? shape.cols : 1;
  const seen = passesRange ? new Map<string, EachElement>() : null;
  const cells: unknown[] = new Array(broadcast.length);
  const out: EachElement[][] = new Array(rows);
  // Element errors are results, not defects: no stack traces (they were most of a bad element's cost).
  withoutStackTraces(() => {
    for (let r = 0; r < rows; r++) {
      const line: EachElement[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        for (let k = 0; k < broadcast.length; k++) {
          cells[k] = cellAt(args[broadcast[k]], r, c);
          element[broadcast[k]] = cells[k];
        }
        const key = seen ? elementKey(cells) : undefined;
        const known = key === undefined ? undefined : seen!.get(key);
        if (known !== undefined) {
          line[c] = known;
          continue;
        }
        try {
          line[c] = computeAward(fn, element);
        } catch (e) {
          line[c] = elementError(e);
        }
        if (key !== undefined) seen!.set(key, line[c]);
      }
      out[r] = line;
    }
  });
  return out;
}

export const eachSheetFunction: SheetFunction = {
  name: "EACH",
  params: [
    {
      name: "function_name",
      label: { en: "Function name", zh: "函数名称" },
      optional: false,
    },
    {
      name: "args",
      label: { en: "Arguments", zh: "函数参数" },
      optional: true,
      matrix: true,
      repeating: true,
    },
  ],
  result: { type: "any", dimensionality: "matrix" },
  invoke: (args) => {
    const { fn } = lookupFunction(single(args[0]));
    return applyEach(fn, args.slice(1));
  },
  helpAnchor: "EACH",
};
