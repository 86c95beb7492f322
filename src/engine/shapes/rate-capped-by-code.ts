/**
 * min(base × rate, cap(category)): one rate, parallel caps for parallel categories (spec §1: one award with
 * a type parameter, not two rows). A code without a cap returns 0 (not covered). Why a shape: 「分别」 caps
 * by category recur (HLJ-ROBOT-07b workshop / factory).
 */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNumIf } from "./args";

export type RateCapByCodeConstants = {
  rate: number;
  /** Cap per canonical code, in the order the text lists them (「最高分别不超过X和Y」). */
  caps: Record<string, number>;
};

export function rateCappedByCode(base: Input, codeParam: string, rateParam?: string) {
  return (args: Args, c: RateCapByCodeConstants, calc: Calc): Amount => {
    const cap = c.caps[args[codeParam] as string];
    if (cap === undefined) return calc.fixed(L.notCovered, 0);
    const b = calc.base(base.label, num(args, base.param));
    const rate = optNumIf(args, rateParam) ?? c.rate;
    return calc.cap(L.categoryCap, calc.rate(L.rateApplied, b, rate), cap);
  };
}
