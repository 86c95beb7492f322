/**
 * A rate the text bounds by another argument (「按照不超过…LPR」): `param` must not exceed `maxParam` (#NUM!
 * naming `param` otherwise) and defaults to it when omitted; `then` computes with the checked value. No
 * parameter spec can say this, since its `max` is a number, not another argument. Why a shape: BJ-ROBOT-06b
 * bounds its subsidy rate by the LPR its user enters.
 */
import type { Shape } from "../../catalog/types";
import { numError } from "../errors";
import { atMostMaximum } from "../validate";
import { num, optNum } from "./args";

export function atMostArgument<C, const N extends string>(
  o: { param: N; maxParam: N },
  then: Shape<C, N>
): Shape<C, N> {
  return (at) => {
    const paramAt = at(o.param);
    const maxAt = at(o.maxParam);
    const next = then(at);
    return (args, c, calc) => {
      const max = num(args, maxAt);
      const given = optNum(args, paramAt);
      // The same tolerance as a parameter's own `max` (validate.ts): a rate a rounding above it is the maximum.
      const value = given === undefined ? max : atMostMaximum(given, max);
      if (value === undefined)
        throw numError(`${o.param} exceeds the policy maximum of ${o.maxParam} (${max})`, o.param);
      if (value === given) return next(args, c, calc);
      const replaced = args.slice();
      replaced[paramAt] = value;
      return next(replaced, c, calc);
    };
  };
}
