/**
 * totalOrIncrement's twin: the current value, or for the increment code MAX(0, current − prior) — #N/A when
 * that code is chosen and the prior value is omitted or blank (the engine's #VALUE!, marked missing).
 */
import type { Text } from "../../catalog/types";
import type { Input } from "./args";
import { NA } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";

export function totalOrIncrementExcel(o: {
  current: Input;
  priorParam: string;
  codeParam: string;
  incrementCode: string;
  incrementLabel: Text;
}): ExcelShape<unknown> {
  return (x) => {
    const current = x.num(o.current.param);
    const increment = x.orElse(o.priorParam, (prior) => X.deduct(current, prior), NA);
    return X.when(x.is(o.codeParam, o.incrementCode), increment, current);
  };
}
