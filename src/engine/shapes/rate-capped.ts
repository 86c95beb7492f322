/** min(base × rate, cap): 「按…的r，最高给予X」. */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, num, optNum } from "./args";

export type RateCappedConstants = { rate: number; cap: number };

/** The rate comes from `rateParam` when given (「不超过r」: default the constant r). */
export function rateCapped<const N extends string>(
  base: Input<N>,
  rateParam?: N
): Shape<RateCappedConstants, N> {
  return (at) => {
    const baseAt = at(base.param);
    const rateAt = indexIf(at, rateParam);
    return (args, c, calc) => {
      const b = calc.base(base.label, num(args, baseAt));
      const rate = optNum(args, rateAt) ?? c.rate;
      return calc.cap(L.perAwardCap, calc.rate(L.rateApplied, b, rate), c.cap);
    };
  };
}
