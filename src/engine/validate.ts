/**
 * Turns arguments as Excel passes them (numbers, strings, booleans, null/undefined for omitted,
 * "" for a blank cell, 2-D arrays for ranges, error objects) into typed values, or throws the
 * spec §2.4 error naming the parameter. Nothing here knows about a particular clause.
 */
import type { ArgValue, Args, NamedArgs, ParamSpec } from "../catalog/types";
import { errorValueInput, missingError, numError, valueError } from "./errors";
import { MESSAGE, tooManyArguments } from "./messages";
import { MAX_AMOUNT } from "./money";

const EXCEL_ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|EXTERNAL!|UNKNOWN!)$/;

/** Excel.ErrorCellValueType (office-js) → the error as the cell shows it. */
const ERROR_TYPE_TEXT: Readonly<Record<string, string>> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  External: "#EXTERNAL!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Value: "#VALUE!",
};

/** Omitted, null, or a blank cell. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

/**
 * The error an Excel error value stands for, as the cell shows it ("#DIV/0!"), or undefined for any other
 * value. With `allowErrorForDataTypeAny` (functions.json) Excel hands a custom function its error values;
 * which object it uses only real Excel shows, so both documented shapes are read: a CustomFunctions.Error
 * (`{ code: "#DIV/0!", message? }`) and an Excel.ErrorCellValue (`{ type: "Error", errorType: "Div0",
 * basicValue?: "#DIV/0!" }`). Inside a range some hosts pass the error's text ("#N/A").
 */
export function excelErrorText(v: unknown): string | undefined {
  if (typeof v === "string") return EXCEL_ERROR_TEXT.test(v) ? v : undefined;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.code === "string" && EXCEL_ERROR_TEXT.test(o.code)) return o.code;
  if (o.type !== "Error") return undefined;
  if (typeof o.basicValue === "string" && EXCEL_ERROR_TEXT.test(o.basicValue)) return o.basicValue;
  return (typeof o.errorType === "string" && ERROR_TYPE_TEXT[o.errorType]) || "#UNKNOWN!";
}

/** An Excel error value (either shape Excel passes, or an error's text inside a range). */
export function isExcelError(v: unknown): boolean {
  return excelErrorText(v) !== undefined;
}

/**
 * The error value an argument for a single-value parameter holds, if any. Only an error object counts:
 * text such as "#N/A" typed into a cell is text ("must be a number").
 */
export function errorValueOf(v: unknown): string | undefined {
  return typeof v === "object" ? excelErrorText(v) : undefined;
}

/** Row-major flattening of a range argument; a scalar counts as a 1×1 range. */
export function flattenRange(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  const out: unknown[] = [];
  for (const row of v) {
    if (Array.isArray(row)) for (const cell of row) out.push(cell);
    else out.push(row);
  }
  return out;
}

/** A 1×1 range given for a single value is that value (Excel passes [[x]] when asked for a matrix). */
function unwrapSingle(p: ParamSpec, raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  const cells = flattenRange(raw);
  if (cells.length === 1) return cells[0];
  throw valueError(MESSAGE.singleValue(p), p.name);
}

function requireNumber(p: ParamSpec, v: unknown): number {
  if (typeof v !== "number") throw valueError(MESSAGE.number(p), p.name);
  if (!Number.isFinite(v)) throw numError(MESSAGE.finite(p), p.name);
  return v;
}

function checkNonNegativeAmount(p: ParamSpec, n: number): number {
  if (n < 0) throw valueError(MESSAGE.negative(p), p.name);
  if (n > MAX_AMOUNT) throw numError(MESSAGE.tooLarge(p), p.name);
  return n;
}

/**
 * A rate compared with a policy maximum at Excel's precision (spec Revision 2): within a relative 1e-12 of
 * the maximum it is the maximum itself (=0.1+0.2 is 0.3); above that, undefined (the caller's error).
 */
export function atMostMaximum(rate: number, max: number): number | undefined {
  if (rate <= max) return rate;
  return rate - max <= max * 1e-12 ? max : undefined;
}

function coerceRate(p: ParamSpec, n: number): number {
  if (n < 0 || n > 1) throw numError(MESSAGE.rateRange(p), p.name);
  if (p.max === undefined) return n;
  const within = atMostMaximum(n, p.max);
  if (within === undefined) throw numError(MESSAGE.rateMax(p, String(p.max)), p.name);
  return within;
}

function coerceCount(p: ParamSpec, n: number): number {
  const min = p.min ?? 0;
  if (n < 0) throw valueError(MESSAGE.negative(p), p.name);
  if (!Number.isInteger(n) || n < min) throw numError(MESSAGE.wholeAtLeast(p, String(min)), p.name);
  if (n > MAX_AMOUNT) throw numError(MESSAGE.tooLarge(p), p.name);
  return n;
}

function coerceYearIndex(p: ParamSpec, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw numError(MESSAGE.wholeAtLeast(p, "1"), p.name);
  if (n > MAX_AMOUNT) throw numError(MESSAGE.tooLarge(p), p.name);
  return n;
}

/** "<param> is required": marked `missing`, so a caller can tell it from other errors in any language. */
const missing = (p: ParamSpec) => missingError(MESSAGE.required(p), p.name);

/** The accepted spellings of a code parameter, English codes first, for the error message. */
export function codeSpellings(p: ParamSpec): string[] {
  const codes = p.codes ?? [];
  return [...codes.map((c) => c.value), ...codes.flatMap((c) => c.aliases)];
}

/**
 * Excel's TRIM: ASCII spaces (U+0020) off both ends and each inner run of them down to one; every other
 * character, tabs and the no-break and ideographic spaces included, is kept. A code is read this way so the
 * engine accepts exactly what a native twin's UPPER(TRIM(…)) comparison does (one rule on both sides).
 */
export const excelTrim = (s: string): string => s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");

/** The canonical code a text stands for (trimmed, any case, an alias), or undefined when it is none. */
export function codeOf(p: ParamSpec, text: string): string | undefined {
  const wanted = excelTrim(text).toUpperCase();
  for (const c of p.codes ?? []) {
    if (c.value === wanted || c.aliases.some((a) => a.toUpperCase() === wanted)) return c.value;
  }
  return undefined;
}

function coerceCode(p: ParamSpec, v: unknown): string {
  const code = typeof v === "string" ? codeOf(p, v) : undefined;
  if (code !== undefined) return code;
  throw valueError(MESSAGE.oneOf(p, codeSpellings(p).join(", ")), p.name);
}

function coerceBoolean(p: ParamSpec, v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (v === 1) return true;
  if (v === 0) return false;
  throw valueError(MESSAGE.boolean(p), p.name);
}

function coerceAmounts(p: ParamSpec, v: unknown): number[] {
  const out: number[] = [];
  // Row-major over the 2-D array Excel passes (a scalar is a 1×1 range), without flattening it first.
  const rows = Array.isArray(v) ? v : [v];
  let k = 0;
  for (const row of rows) {
    const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j];
      k++;
      // Fast path: a valid amount (NaN fails the comparisons and takes the checks below).
      if (typeof cell === "number" && cell >= 0 && cell <= MAX_AMOUNT) {
        out.push(cell);
        continue;
      }
      if (isBlank(cell)) continue;
      if (isExcelError(cell)) throw valueError(MESSAGE.errorAt(p, String(k)), p.name);
      if (typeof cell !== "number" || !Number.isFinite(cell) || cell < 0) {
        throw valueError(MESSAGE.invalidAt(p, String(k)), p.name);
      }
      if (cell > MAX_AMOUNT) throw numError(MESSAGE.tooLargeAt(p, String(k)), p.name);
      out.push(cell);
    }
  }
  return out;
}

/**
 * A range argument coerceArg has already validated, for a caller that hands one range to many calls:
 * SUBSIDY.EACH passes a clause's own range parameter whole to every element, and validating it again per
 * element made EACH cost rows × items.
 */
export class CheckedAmounts {
  constructor(readonly amounts: number[]) {}
}

/** Validates one argument against its parameter spec (spec §2.4). */
export function coerceArg(p: ParamSpec, raw: unknown): ArgValue {
  // Fast path for the common case, a valid number (NaN fails every comparison and takes the full path).
  if (typeof raw === "number" && raw >= 0) {
    const kind = p.kind;
    if ((kind === "amount" || kind === "quantity") && raw <= MAX_AMOUNT) return raw;
    if (kind === "rate" && raw <= 1 && (p.max === undefined || raw <= p.max)) return raw;
  }
  if (p.kind === "amounts") {
    if (raw instanceof CheckedAmounts) return raw.amounts;
    // An omitted range is "required"; a range of blank cells is a range with no items (spec §2.5: 0).
    if (!Array.isArray(raw) && isBlank(raw)) {
      if (p.required) throw missing(p);
      return [];
    }
    return coerceAmounts(p, raw);
  }
  const v = unwrapSingle(p, raw);
  if (isBlank(v)) {
    if (p.required) throw missing(p);
    return p.default;
  }
  const error = errorValueOf(v);
  if (error !== undefined) throw errorValueInput(p, error);
  switch (p.kind) {
    case "code":
      return coerceCode(p, v);
    case "boolean":
      return coerceBoolean(p, v);
    case "amount":
    case "quantity":
      return checkNonNegativeAmount(p, requireNumber(p, v));
    case "rate":
      return coerceRate(p, requireNumber(p, v));
    case "count":
      return coerceCount(p, requireNumber(p, v));
    case "yearIndex":
      return coerceYearIndex(p, requireNumber(p, v));
  }
}

/** The largest number a parameter takes without further checks (−1: a number always takes the full check). */
export function fastLimit(p: ParamSpec): number {
  if (p.kind === "amount" || p.kind === "quantity") return MAX_AMOUNT;
  if (p.kind === "rate") return Math.min(p.max ?? 1, 1);
  return -1;
}

/**
 * Whether an omitted (or blank) argument takes the parameter's default: an omitted range is not its default but
 * an empty list or "required" (coerceArg).
 */
export const omittable = (p: ParamSpec): boolean => !p.required && p.kind !== "amounts";

/**
 * One parameter's check. Its common cases — a valid number, an omitted optional argument — are decided here
 * without reading the spec; everything else (and every error) takes coerceArg. One closure literal for every
 * kind, so the loop in argumentValidator calls a single function shape V8 can inline.
 */
function checkerFor(p: ParamSpec): (raw: unknown) => ArgValue {
  const limit = fastLimit(p);
  const omitted = p.default;
  const takesDefault = omittable(p);
  return (raw) => {
    if (typeof raw === "number") {
      if (raw >= 0 && raw <= limit) return raw;
    } else if (raw === undefined && takesDefault) return omitted;
    return coerceArg(p, raw);
  };
}

/**
 * Validates a whole argument list in parameter order (the shapes read it by index); the first bad argument
 * raises. Prepared once per parameter list (a clause record's, when it loads): each parameter's check is a
 * closure over that parameter, so the per-call loop reads no parameter spec. Parameter specs are object
 * literals of many shapes, and reading their fields per call was the largest cost of a call.
 */
export function argumentValidator(params: readonly ParamSpec[]): (raw: readonly unknown[]) => Args {
  const checks = params.map(checkerFor);
  const n = params.length;
  return (raw) => {
    if (raw.length > n) throw valueError(tooManyArguments(n));
    const args = new Array<ArgValue>(n);
    for (let i = 0; i < n; i++) args[i] = checks[i](raw[i]);
    return args;
  };
}

/** The validated arguments keyed by parameter name, for code off the hot path (a record's `remarks`). */
export function namedArgs(params: readonly ParamSpec[], args: Args): NamedArgs {
  return Object.fromEntries(params.map((p, i) => [p.name, args[i]]));
}
