/**
 * min(base × rate, cap(category)): one rate, parallel caps for parallel categories (spec §1: one award with
 * a type parameter, not two rows). A code without a cap returns 0 (not covered). Why a shape: 「分别」 caps
 * by category recur (HLJ-ROBOT-07b workshop / factory).
 */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, num, optNum } from "./args";

export type RateCapByCodeConstants = {
  rate: number;
  /** Cap per canonical code, in the order the text lists them (「最高分别不超过X和Y」). */
  caps: Record<string, number>;
};

export function rateCappedByCode<const N extends string>(
  base: Input<N>,
  codeParam: N,
  rateParam?: N
): Shape<RateCapByCodeConstants, N> {
  return (at) => {
    const baseAt = at(base.param);
    const codeAt = at(codeParam);
    const rateAt = indexIf(at, rateParam);
    return (args, c, calc) => {
      const cap = c.caps[args[codeAt] as string];
      if (cap === undefined) return calc.fixed(L.notCovered, 0);
      const b = calc.base(base.label, num(args, baseAt));
      const rate = optNum(args, rateAt) ?? c.rate;
      return calc.cap(L.categoryCap, calc.rate(L.rateApplied, b, rate), cap);
    };
  };
}
