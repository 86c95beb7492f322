/** proRatedRate's twin: base × rate × (MIN(periods, most periods) ÷ periods per year). */
import type { Text } from "../../catalog/types";
import { div, num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import type { Input } from "./args";
import type { ProRatedConstants } from "./pro-rated-rate";

export function proRatedRateExcel<K extends string>(o: {
  base: Input;
  periods: Input & { capKey: K };
  perYearKey: K;
  unit: Text;
}): ExcelShape<ProRatedConstants & Record<K, number>> {
  return (x, c) => {
    const periods = X.cap(x.num(o.periods.param), c[o.periods.capKey]);
    const yearly = X.rate(x.num(o.base.param), c.rate);
    return X.rate(yearly, div(periods, num(c[o.perYearKey])));
  };
}
