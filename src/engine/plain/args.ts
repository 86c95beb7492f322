/**
 * The arguments as Excel passes them, read by a shape's fused fast path (docs/architecture.md, "The shape
 * contract"). Prepared once per clause record from its parameters: `accepts` says whether every argument is
 * one that validation (validate.ts) would pass on unchanged — then the raw list already is the validated
 * one, except that an omitted argument means its default, which the readers supply. Anything else (text
 * where a number goes, an error value, a 1×1 range, a number out of range, a code spelt otherwise than
 * canonically, too many arguments) is not accepted and takes the full path, so every error is still
 * validation's own.
 */
import type { ArgValue, ParamSpec } from "../../catalog/types";
import { MAX_AMOUNT } from "../money";
import { codeOf, fastLimit, isBlank, omittable } from "../validate";

/** How a parameter's argument is recognised when it is not a number or blank. */
const OTHER_NONE = 0;
const OTHER_CODE = 1;
const OTHER_BOOLEAN = 2;
const OTHER_RANGE = 3;

/**
 * 0 ≤ x ≤ limit, and not −0: validation keeps −0, which the full path's fast Calc carries into a −0 award
 * (ExactCalc reads it as 0), so −0 takes the full path to give the very same result. NaN fails.
 */
const isPlainNumber = (x: number, limit: number): boolean =>
  (x > 0 || (x === 0 && 1 / x > 0)) && x <= limit;

/** An amount validation keeps as it is. */
const isPlainAmount = (v: unknown): boolean =>
  typeof v === "number" && isPlainNumber(v, MAX_AMOUNT);

/**
 * A range whose every cell is a valid amount or blank (validation skips blanks), row-major as Excel passes
 * it; a bare row or cell counts as validation counts it (coerceAmounts).
 */
function isPlainRange(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const row of v) {
    if (Array.isArray(row)) {
      for (let j = 0; j < row.length; j++) {
        const cell: unknown = row[j];
        if (!isPlainAmount(cell) && !isBlank(cell)) return false;
      }
    } else if (!isPlainAmount(row) && !isBlank(row)) return false;
  }
  return true;
}

export class PlainArgs {
  private readonly n: number;
  /** A number is accepted as-is when 0 ≤ x ≤ limit (−1: never; validation's own fast limit). */
  private readonly limits: Float64Array;
  /** 1 when a blank argument takes the default. */
  private readonly omittable: Uint8Array;
  private readonly other: Uint8Array;
  /** The canonical codes accepted as written (each the code validation reads that very text as). */
  private readonly codes: readonly (readonly string[])[];
  private readonly defaults: readonly ArgValue[];
  /** Each parameter's default as a number, NaN when it has no numeric default. */
  private readonly numberDefaults: Float64Array;
  /**
   * The accepted call's number arguments, filled by `accepts`: parameter i's at i + 1 (its numeric default or
   * NaN when not a number), NaN at 0 for a parameter the record lacks (index −1). Read by `num` without a
   * branch on the raw list, so that it stays small enough for V8 to inline at every argument of a fast path.
   */
  private readonly values: Float64Array;

  constructor(params: readonly ParamSpec[]) {
    this.n = params.length;
    this.limits = Float64Array.from(params, fastLimit);
    this.omittable = Uint8Array.from(params, (p) => (omittable(p) ? 1 : 0));
    this.other = Uint8Array.from(params, (p) =>
      p.kind === "code"
        ? OTHER_CODE
        : p.kind === "boolean"
          ? OTHER_BOOLEAN
          : p.kind === "amounts"
            ? OTHER_RANGE
            : OTHER_NONE
    );
    this.codes = params.map((p) =>
      (p.codes ?? []).map((c) => c.value).filter((v) => codeOf(p, v) === v)
    );
    this.defaults = params.map((p) => p.default);
    this.numberDefaults = Float64Array.from(params, (p) =>
      typeof p.default === "number" ? p.default : NaN
    );
    this.values = new Float64Array(this.n + 1).fill(NaN);
  }

  /**
   * True when validation would return every argument unchanged (a blank one as its default), the numbers
   * then ready for `num`. Reads no index past the list's end (an omitted trailing argument): V8 takes a slow
   * path for every such read.
   */
  accepts(raw: readonly unknown[]): boolean {
    const given = raw.length;
    const n = this.n;
    if (given > n) return false;
    // The fields in locals: V8 reloads a field after every call it does not inline (acceptsOther).
    const { values, limits, omittable, numberDefaults } = this;
    for (let i = 0; i < given; i++) {
      const x = raw[i];
      if (typeof x === "number") {
        if (!isPlainNumber(x, limits[i])) return false;
        values[i + 1] = x;
        continue;
      }
      if (isBlank(x)) {
        if (omittable[i] === 0) return false;
      } else if (!this.acceptsOther(i, x)) return false;
      values[i + 1] = numberDefaults[i];
    }
    for (let i = given; i < n; i++) {
      if (omittable[i] === 0) return false;
      values[i + 1] = numberDefaults[i];
    }
    return true;
  }

  private acceptsOther(i: number, x: unknown): boolean {
    switch (this.other[i]) {
      case OTHER_CODE:
        return typeof x === "string" && this.codes[i].includes(x);
      case OTHER_BOOLEAN:
        return typeof x === "boolean";
      case OTHER_RANGE:
        return isPlainRange(x);
      default:
        return false;
    }
  }

  /**
   * The number argument of the call `accepts` last accepted, or its parameter's numeric default when blank; NaN when it has none, or for
   * `i` −1 (the record has no such parameter) — where the shapes' optNum reads undefined. A number, never
   * undefined, so that V8 keeps it an unboxed double: a double merged with undefined is a heap allocation.
   */
  num(i: number): number {
    return this.values[i + 1];
  }

  /** An accepted code argument (canonical), or its parameter's default when blank. */
  code(raw: readonly unknown[], i: number): string | undefined {
    const x = i < raw.length ? raw[i] : undefined;
    return typeof x === "string" && x !== "" ? x : (this.defaults[i] as string | undefined);
  }
}
