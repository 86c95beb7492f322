/**
 * rateCappedByCode's twin: the category's cap by nested IFs over its codes, MIN(base × rate, cap) for a
 * covered one, 0 for an accepted code with no cap (not covered).
 */
import { byCode, orDefault } from "../native/readers";
import { num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { Input } from "./args";
import type { RateCapByCodeConstants } from "./rate-capped-by-code";

export function rateCappedByCodeExcel(
  base: Input,
  codeParam: string,
  rateParam?: string
): ExcelShape<RateCapByCodeConstants> {
  return (x, c) => {
    const b = x.num(base.param);
    const rate = rateParam === undefined ? num(c.rate) : orDefault(x, rateParam, num(c.rate));
    return byCode(x, codeParam, c.caps, (cap) => X.cap(X.rate(b, rate), cap));
  };
}
