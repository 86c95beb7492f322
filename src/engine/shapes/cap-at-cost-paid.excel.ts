/**
 * atMostCostPaid's twin, and capAtCostPaid's: the subsidy at most the cost actually paid, when that optional
 * argument is given — MIN(amount, cost), the amount unchanged when the cost is omitted or blank.
 */
import type { Shape } from "../../catalog/types";
import type { Expr } from "../native/expr";
import { type ExcelShape, type TwinArgs, X } from "../native/twin";
// A cycle by design (twins.ts imports this file for its table): safe, since nothing runs while the modules
// load — twinOf is called only when a formula is generated, and the twin below is a hoisted function
// declaration, so twins.ts's table holds it whichever of the two modules loads first.
import { twinOf } from "../native/twins";

/** capAtCostPaid in Excel: `amount`, at most the `costParam` argument when one is given. */
export function capAtCostPaidExcel(x: TwinArgs, costParam: string, amount: Expr): Expr {
  return x.orElse(costParam, (cost) => X.cap(amount, cost), amount);
}

export function atMostCostPaidExcel<C>(costParam: string, then: Shape<C, string>): ExcelShape<C> {
  const next = twinOf(then, "the shape inside atMostCostPaid");
  return (x, c) => capAtCostPaidExcel(x, costParam, next(x, c));
}
