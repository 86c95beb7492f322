/**
 * netRateCapped's twin: MIN(MAX(0, … MAX(0, gross − e₁) … − eₙ) × rate, cap), each exclusion deducted
 * floored at 0 in the record's order (0 when omitted), the rate from `rateParam` when given.
 */
import { orDefault } from "../native/readers";
import { num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { Input } from "./args";
import type { NetRateCapConstants } from "./net-rate-capped";

export function netRateCappedExcel(
  gross: Input,
  exclusions: Input[],
  rateParam?: string
): ExcelShape<NetRateCapConstants> {
  return (x, c) => {
    const net = exclusions.reduce((b, e) => X.deduct(b, orDefault(x, e.param)), x.num(gross.param));
    const rate = rateParam === undefined ? num(c.rate) : orDefault(x, rateParam, num(c.rate));
    return X.cap(X.rate(net, rate), c.cap);
  };
}
