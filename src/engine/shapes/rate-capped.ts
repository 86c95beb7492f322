/** min(base × rate, cap): 「按…的r，最高给予X」. */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNumIf } from "./args";

export type RateCappedConstants = { rate: number; cap: number };

/** The rate comes from `rateParam` when given (「不超过r」: default the constant r). */
export function rateCapped(base: Input, rateParam?: string) {
  return (args: Args, c: RateCappedConstants, calc: Calc): Amount => {
    const b = calc.base(base.label, num(args, base.param));
    const rate = optNumIf(args, rateParam) ?? c.rate;
    return calc.cap(L.perAwardCap, calc.rate(L.rateApplied, b, rate), c.cap);
  };
}
