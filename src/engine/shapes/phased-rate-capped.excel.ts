/**
 * phasedRateCapped's twin: MAX(0, MIN(base × rate, cap) − paid), inside IF(threshold met, …, 0) when the
 * record names a threshold parameter and constant; the base falls back to `fallbackParam`, then 0; rate and
 * cap come from their parameters when given.
 */
import type { Text } from "../../catalog/types";
import { orDefault } from "../native/readers";
import { num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { Input } from "./args";
import type { PhasedConstants } from "./phased-rate-capped";

export function phasedRateCappedExcel(o: {
  base: { param: string; label: Text; fallbackParam?: string };
  paidParam: string;
  threshold?: Input;
  rateParam?: string;
  capParam?: string;
}): ExcelShape<PhasedConstants> {
  return (x, c) => {
    const { fallbackParam } = o.base;
    const fallback = fallbackParam === undefined ? undefined : orDefault(x, fallbackParam);
    const base = orDefault(x, o.base.param, fallback);
    const rate = o.rateParam === undefined ? num(c.rate) : orDefault(x, o.rateParam, num(c.rate));
    const cap = o.capParam === undefined ? num(c.cap) : orDefault(x, o.capParam, num(c.cap));
    const award = X.deduct(X.cap(X.rate(base, rate), cap), orDefault(x, o.paidParam));
    if (!o.threshold || c.threshold === undefined) return award;
    const tested = x.num(o.threshold.param);
    return X.when(X.meets(tested, c.threshold, c.thresholdOp ?? ">="), award);
  };
}
