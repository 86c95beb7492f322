/** fixedConstant's twin: the constant itself. */
import type { Text } from "../../catalog/types";
import { num } from "../native/expr";
import type { ExcelShape } from "../native/twin";

export function fixedConstantExcel(
  key: string,
  // The factory's step label, kept so the twin takes its exact parameters: a twin records no steps.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _label?: Text
): ExcelShape<Record<string, number>> {
  return (_x, c) => num(c[key]);
}
