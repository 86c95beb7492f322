/**
 * Calls to generate for the parity tests: valid arguments clustered at thresholds, caps and ties (the decimal
 * oracle's and the property tests' generators), and every kind of input the engine must refuse, one
 * parameter at a time — text, numeric text, booleans, negatives, a rate above its maximum, an unknown code,
 * a blank required argument, an error value, a fraction for a count, bad cells inside a range — and
 * optional arguments left blank.
 */
import fc from "fast-check";
import type { ClauseFunction, ParamSpec } from "../../src/catalog/types";
import { argsArb } from "../properties/arbitraries";
import { clusteredArgs } from "../support/decimal-oracle";
import { type Call, type Cell, RANGE_WIDTH } from "./parity";

/** An argument as the generators give it (Excel's way: 2-D arrays for ranges) as row cells. */
function toCall(fn: ClauseFunction, args: readonly unknown[]): Call {
  return fn.params.map((p, i) => {
    const v = args[i];
    if (v === undefined) return undefined;
    if (p.kind !== "amounts") return v as Cell;
    // A cell of empty text inside a range is blank to the add-in but #VALUE! to a twin's arithmetic
    // (docs/native-formulas.md); the generators' "" stands for a blank cell here.
    const cells = (v as unknown[][]).flat().map((c) => (c === "" ? null : (c as Cell)));
    return cells.slice(0, RANGE_WIDTH);
  });
}

/** `count` valid calls, reproducibly. */
export function validCalls(fn: ClauseFunction, count: number, seed = 14): Call[] {
  const half = Math.ceil(count / 2);
  return [
    ...fc.sample(clusteredArgs(fn), { numRuns: half, seed }),
    ...fc.sample(argsArb(fn), { numRuns: count - half, seed: seed + 1 }),
  ].map((args) => toCall(fn, args));
}

/**
 * Valid calls with one optional argument's cell left blank (not omitted): the add-in takes its default, and
 * the twin's `IF(cell="", default, …)` must too — for a code or flag the default is the literal FALSE.
 */
export function blankOptionalCalls(fn: ClauseFunction, seed = 27): Call[] {
  const bases = validCalls(fn, 8, seed);
  return fn.params.flatMap((p, i) =>
    p.required || p.kind === "amounts"
      ? []
      : bases.map((base) => base.map((v, k) => (k === i ? null : v)))
  );
}

/** The bad values of one parameter. */
function badValues(p: ParamSpec): (Cell | Cell[])[] {
  const common: Cell[] = ["abc", "123", true, false, { error: "#N/A" }, { error: "#DIV/0!" }];
  switch (p.kind) {
    case "amounts":
      return [["abc"], [5, "12"], [-5], [true], [1, { error: "#N/A" }], [2e13]];
    case "code":
      return [...common.filter((c) => c !== "abc"), "XYZ", "*", 1, -1];
    case "boolean":
      return ["abc", "TRUE", 2, -1, 0.5, { error: "#N/A" }];
    case "rate":
      return [
        ...common,
        -0.1,
        1.5,
        ...(p.max !== undefined ? [p.max + 0.01, p.max * (1 + 1e-9)] : []),
      ];
    case "count":
      return [...common, -1, 1.5, ...(p.min ? [p.min - 1] : [])];
    case "yearIndex":
      return [...common, 0, -1, 1.5];
    default:
      return [...common, -1, -0.01, 2e13];
  }
}

/** Every bad value of every parameter, the other arguments taken from a valid call. */
export function badCalls(fn: ClauseFunction, seed = 41): Call[] {
  const [base] = validCalls(fn, 2, seed);
  const out: Call[] = [];
  fn.params.forEach((p, i) => {
    for (const bad of badValues(p)) out.push(base.map((v, k) => (k === i ? bad : v)));
    if (p.required)
      out.push(base.map((v, k) => (k === i ? (p.kind === "amounts" ? undefined : null) : v)));
  });
  return out;
}
