/** min(base × rate, cap): 「按…的r，最高给予X」. */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { readingError } from "../calc/fast-calc";
import { withFast } from "../plain";
import {
  awardOf,
  productBound,
  readingBound,
  shortCap,
  shortProductAward,
  tenThousandths,
} from "../plain/bounds";
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
    return withFast<RateCappedConstants>(
      (args, c, calc) => {
        const b = calc.base(base.label, num(args, baseAt));
        const rate = optNum(args, rateAt) ?? c.rate;
        return calc.cap(L.perAwardCap, calc.rate(L.rateApplied, b, rate), c.cap);
      },
      (c) => {
        const { rate: rateConstant, cap } = c;
        // The constants' short forms once, here: each costs a division per call otherwise.
        const shortCapConstant = shortCap(tenThousandths(cap));
        const rateConstantInUnits = tenThousandths(rateConstant);
        const eCap = readingError(cap);
        return (_raw, a) => {
          const b = a.num(baseAt);
          const rateGiven = a.num(rateAt);
          const given = !Number.isNaN(rateGiven);
          const rate = given ? rateGiven : rateConstant;
          // Short decimals (money to the fen, rates in basis points) in integers, exactly; else the doubles.
          const exact = shortProductAward(
            tenThousandths(b),
            given ? tenThousandths(rate) : rateConstantInUnits,
            shortCapConstant
          );
          if (!Number.isNaN(exact)) return exact;
          const p = b * rate;
          const e = productBound(b, readingBound(b), rate, readingBound(rate), p);
          return awardOf(Math.min(p, cap), Math.max(e, eCap), cap, eCap);
        };
      }
    );
  };
}
