/**
 * upToCapByCode's twin: count × MIN(requested, the category's cap), nested IFs over the codes, an omitted
 * or blank request asking for the cap, 0 for an accepted code with no cap (not covered).
 */
import { byCode, orDefault } from "../native/readers";
import { mul, num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { CapsByCodeConstants } from "./up-to-cap-by-code";

export function upToCapByCodeExcel(
  codeParam: string,
  o: { requestedParam?: string; countParam?: string } = {}
): ExcelShape<CapsByCodeConstants> {
  return (x, c) => {
    const requested = o.requestedParam ?? "requested";
    const each = byCode(x, codeParam, c.caps, (cap) =>
      x.orElse(requested, (r) => X.cap(r, cap), num(cap))
    );
    return o.countParam === undefined ? each : mul(each, orDefault(x, o.countParam, num(1)));
  };
}
