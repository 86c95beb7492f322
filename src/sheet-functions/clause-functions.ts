/** Every clause function of the catalog as a sheet function: validation + formula + rounding, no steps. */
import type { ClauseFunction } from "../catalog/types";
import { computeAwardInFull } from "../engine/evaluate";
import { clauses } from "../policies";
import type { SheetFunction } from "./types";

export function clauseSheetFunction(fn: ClauseFunction): SheetFunction {
  const fast = fn.fast;
  return {
    name: fn.name,
    params: fn.params.map((p) => ({
      name: p.name,
      label: p.label,
      optional: !p.required,
      ...(p.kind === "amounts" ? { matrix: true } : {}),
    })),
    result: { type: "number", dimensionality: "scalar" },
    invoke: fast
      ? (args) => fast(args) ?? computeAwardInFull(fn, args)
      : (args) => computeAwardInFull(fn, args),
    helpAnchor: fn.name,
  };
}

export const clauseSheetFunctions: SheetFunction[] = clauses
  .filter((c) => c.fn)
  .map((c) => clauseSheetFunction(c.fn!));
