/**
 * gated's twin: IF(every condition holds, `then`'s award, 0). A condition that must be met is its threshold
 * test; one that bars the award when met (a term passed) is NOT(test). `testAll` only records more steps,
 * so the twin takes it and ignores it.
 */
import type { Shape } from "../../catalog/types";
import { type Expr, and, not } from "../native/expr";
import { type ExcelShape, type TwinArgs, X } from "../native/twin";
// A cycle by design: see cap-at-cost-paid.excel.ts (twinOf runs only at generation).
import { twinOf } from "../native/twins";
import type { Condition } from "./gated";

function holds<K extends string>(x: TwinArgs, k: Condition<K>, c: Record<K, number>): Expr {
  const value = x.num(k.param);
  const met = X.meets(value, typeof k.limit === "number" ? k.limit : c[k.limit], k.op);
  return k.bars ? not(met) : met;
}

export function gatedExcel<K extends string, T>(
  conditions: readonly Condition<K, string>[],
  then: Shape<T, string>
  // gated's third argument, { testAll }, only records more steps: the twin has no use for it.
): ExcelShape<T & Record<K, number>> {
  const next = twinOf(then, "the shape inside gated");
  return (x, c) => X.when(and(conditions.map((k) => holds(x, k, c))), next(x, c));
}
