/**
 * A twin as a clause record calls it: the arguments the record gave the factory (kept in `shape.spec`, found
 * inside a composed shape too), the twin built from them and run on one call's argument cells with the
 * record's constants. The twin tests read the formula text this gives for one hand-chosen call.
 */
import type { ShapeRef, ShapeSpec } from "../../../src/catalog/types";
import { twinArgs } from "../../../src/engine/native/args";
import type { Expr } from "../../../src/engine/native/expr";
import type { ExcelShape } from "../../../src/engine/native/twin";
import { findFunction } from "../../../src/policies";

/** The spec of the shape `factory` made, in `shape` or anywhere among its inner shapes. */
function specOf(shape: ShapeRef | undefined, factory: unknown): ShapeSpec | undefined {
  const spec = shape?.spec;
  if (!spec) return undefined;
  if (spec.factory === factory) return spec;
  for (const arg of spec.args) {
    const inner = typeof arg === "function" ? specOf(arg as ShapeRef, factory) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

export function recordTwin<A extends unknown[]>(
  factory: unknown,
  twin: (...args: A) => ExcelShape,
  fnName: string,
  args: readonly (string | undefined)[]
): Expr {
  const fn = findFunction(fnName)?.fn;
  const spec = specOf(fn?.shape, factory);
  if (!fn || !spec) throw new Error(`${fnName} has no shape made by this factory`);
  return twin(...(spec.args as A))(twinArgs(fn.params, args), fn.constants);
}
