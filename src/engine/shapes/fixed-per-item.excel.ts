/** fixedPerItem's twin: IF(the code is a covered one, amount, 0) × count (1 when omitted). */
import type { Text } from "../../catalog/types";
import { orDefault } from "../native/readers";
import { mul, num, or } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { FixedPerItemConstants } from "./fixed-per-item";

export function fixedPerItemExcel(
  o: { codeParam?: string; countParam?: string; label?: Text } = {}
): ExcelShape<FixedPerItemConstants> {
  return (x, c) => {
    const { codeParam } = o;
    const each =
      codeParam !== undefined && c.covered
        ? X.when(or(c.covered.map((code) => x.is(codeParam, code))), c.amount)
        : num(c.amount);
    return o.countParam === undefined ? each : mul(each, orDefault(x, o.countParam, num(1)));
  };
}
