/**
 * rangeBand's twin: 0 for 0; #N/A strictly between 0 and the band's floor (where the shape throws #NUM!);
 * else MIN(requested, cap).
 */
import { NA, ZERO, compare, iff, num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { RangeBandConstants } from "./range-band";

export function rangeBandExcel(requestedParam: string): ExcelShape<RangeBandConstants> {
  return (x, c) => {
    const requested = x.num(requestedParam);
    const belowBand = compare(requested, "<", num(c.floor));
    return iff(compare(requested, "=", ZERO), ZERO, iff(belowBand, NA, X.cap(requested, c.cap)));
  };
}
