/** upToCap's twin: MIN(requested, cap), an omitted or blank request asking for the cap. */
import { num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { UpToCapConstants } from "./up-to-cap";

export function upToCapExcel(requestedParam = "requested"): ExcelShape<UpToCapConstants> {
  return (x, c) => x.orElse(requestedParam, (r) => X.cap(r, c.cap), num(c.cap));
}
