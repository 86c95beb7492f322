/**
 * `nativeFormula(name, args)`: a clause function as an ordinary Excel formula that Excel 2010, LibreOffice
 * Calc and WPS compute without the add-in (docs/native-formulas.md). `args[i]` is an Excel expression for
 * the i-th parameter in declared order — a cell or range reference, or a literal — or undefined for an
 * omitted optional one. The formula is the record's shape twin (src/engine/native/twins.ts) under the
 * engine's own last stages (floor at 0, one rounding to the fen, at most 10 trillion), inside the guard of
 * every argument (#N/A for any input the add-in rejects), with a marker naming the function so the add-in
 * recognises formulas it wrote.
 */
import { type Expr, NA, and, call, compare, floorAtZero, iff, num } from "../engine/native/expr";
import { type TwinArgs, guardOf, twinArgs } from "../engine/native/args";
import type { ClauseFunction, ParamSpec } from "../catalog/types";
import { twinOf } from "../engine/native/twins";
import { MAX_AMOUNT } from "../engine/money";
import { findFunction } from "../policies";
import { lintNativeFormula } from "./lint";

/** The marker every twin ends with: `+N("SUBSIDY:<name>")` adds 0 and names the clause function. */
export const nativeMarker = (name: string): string => `+N("SUBSIDY:${name}")`;
const MARKER = /\+N\("SUBSIDY:([A-Z0-9_]+)"\)$/;

/** The clause function a formula's marker names, if the add-in wrote it as a native twin. */
export function nativeFunctionOf(formula: string): string | undefined {
  return MARKER.exec(formula.trim())?.[1];
}

/** The engine's last stages: max(0, x) rounded to the fen; above 10 trillion yuan #N/A (the add-in's #NUM!). */
export function finish(body: Expr): Expr {
  const award = call("ROUND", [floorAtZero(body), num(2)], body.max);
  if (body.max <= MAX_AMOUNT) return award;
  return iff(compare(award, ">", num(MAX_AMOUNT)), NA, award);
}

/**
 * A clause function's twin over `args` in its two parts: the guard (TRUE exactly for input the add-in
 * accepts) and the body (the shape's twin, before the engine's last stages). `view` sees the arguments the
 * twin reads (the native audit labels each as a step).
 */
export function twinParts(
  name: string,
  args: readonly (string | undefined)[],
  view: (x: TwinArgs, params: readonly ParamSpec[]) => TwinArgs = (x) => x
): { fn: ClauseFunction; guard: Expr; body: Expr } {
  const fn = findFunction(name)?.fn;
  if (!fn) throw new Error(`nativeFormula: unknown clause function ${name}`);
  if (args.length > fn.params.length)
    throw new Error(`nativeFormula: ${fn.name} takes ${fn.params.length} arguments`);
  const x = view(twinArgs(fn.params, args), fn.params);
  const body = twinOf(fn.shape, fn.name)(x, fn.constants);
  const guard = and(fn.params.map((p, i) => guardOf(p, args[i])));
  return { fn, guard, body };
}

export function nativeFormula(name: string, args: readonly (string | undefined)[]): string {
  const { fn, guard, body } = twinParts(name, args);
  const formula = `=${iff(guard, finish(body), NA).text}${nativeMarker(fn.name)}`;
  lintNativeFormula(formula);
  return formula;
}
