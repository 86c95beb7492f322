/** barredByFlag's twin: 0 when the flag is TRUE (the clause does not apply), otherwise `then`'s award. */
import type { Shape, Text } from "../../catalog/types";
import { type ExcelShape, X } from "../native/twin";
// A cycle by design: see cap-at-cost-paid.excel.ts (twinOf runs only at generation).
import { twinOf } from "../native/twins";

export function barredByFlagExcel<C>(
  o: { param: string; label: Text },
  then: Shape<C, string>
): ExcelShape<C> {
  const next = twinOf(then, "the shape inside barredByFlag");
  return (x, c) => X.when(x.flag(o.param), 0, next(x, c));
}
