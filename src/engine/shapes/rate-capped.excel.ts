/** rateCapped's twin: MIN(base × rate, cap), the rate from `rateParam` when given. */
import type { Input } from "./args";
import type { RateCappedConstants } from "./rate-capped";
import { type ExcelShape, type ExprOrNum, X } from "../native/twin";

export function rateCappedExcel(base: Input, rateParam?: string): ExcelShape<RateCappedConstants> {
  return (x, c) => {
    const b = x.num(base.param);
    const rate = (r: ExprOrNum) => X.cap(X.rate(b, r), c.cap);
    return rateParam === undefined ? rate(c.rate) : x.orElse(rateParam, rate, rate(c.rate));
  };
}
