/**
 * atMostArgument's twin: #N/A when `param` exceeds `maxParam` by more than validate.ts's tolerance (a relative
 * 1e-12, written as the engine computes it: given − max > max × 1e-12), else `then` computed with the checked
 * value — the given one at most the maximum (a rate a rounding above it is the maximum), or the maximum when
 * `param` is omitted or blank.
 */
import type { Shape } from "../../catalog/types";
import { FALSE, NA, compare, iff, min, mul, num, sub } from "../native/expr";
import type { ExcelShape } from "../native/twin";
// A cycle by design: see cap-at-cost-paid.excel.ts (twinOf runs only at generation).
import { twinOf } from "../native/twins";

export function atMostArgumentExcel<C>(
  o: { param: string; maxParam: string },
  then: Shape<C, string>
): ExcelShape<C> {
  const next = twinOf(then, "the shape inside atMostArgument");
  return (x, c) => {
    const max = x.num(o.maxParam);
    const tooHigh = x.orElse(
      o.param,
      (given) => compare(sub(given, max), ">", mul(max, num(1e-12))),
      FALSE
    );
    const value = x.orElse(o.param, (given) => min(given, max), max);
    return iff(tooHigh, NA, next(x.with(o.param, value), c));
  };
}
