/**
 * rateWithOptionalCap's twin: base × rate, then MIN with the cap argument when given, else with the text's
 * cap when it states one. The base is a parameter, or another shape's result (its twin, by twinOf).
 */
import type { Input } from "./args";
import type { BaseShape, RateOptionalCapConstants } from "./rate-with-optional-cap";
import { type Expr, NA, num } from "../native/expr";
import { type ExcelShape, type TwinArgs, X } from "../native/twin";
// A cycle by design: see cap-at-cost-paid.excel.ts (twinOf runs only at generation).
import { twinOf } from "../native/twins";

/** The base's twin: the parameter's value, or the base shape's twin (fed the same constants). */
function baseTwin(base: Input | BaseShape): ExcelShape {
  if (typeof base === "function") return twinOf(base, "the base shape of rateWithOptionalCap");
  return (x) => x.num(base.param);
}

/** The rate argument, else the text's rate. No rate at all is a record defect the engine throws on. */
function rateOf(x: TwinArgs, rateParam: string | undefined, c: RateOptionalCapConstants): Expr {
  const constant = c.rate === undefined ? NA : num(c.rate);
  return rateParam === undefined ? constant : x.orElse(rateParam, (r) => r, constant);
}

export function rateWithOptionalCapExcel(
  base: Input | BaseShape,
  o: { rateParam?: string; capParam?: string } = {}
): ExcelShape<RateOptionalCapConstants> {
  const baseOf = baseTwin(base);
  return (x, c) => {
    const raw = X.rate(baseOf(x, c), rateOf(x, o.rateParam, c));
    const textCap = c.cap === undefined ? raw : X.cap(raw, c.cap);
    return o.capParam === undefined
      ? textCap
      : x.orElse(o.capParam, (cap) => X.cap(raw, cap), textCap);
  };
}
