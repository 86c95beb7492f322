/**
 * A rate the text bounds by another argument (「按照不超过…LPR」): `param` must not exceed `maxParam` (#NUM!
 * naming `param` otherwise) and defaults to it when omitted; `then` computes with the checked value. No
 * parameter spec can say this, since its `max` is a number, not another argument. Why a shape: BJ-ROBOT-06b
 * bounds its subsidy rate by the LPR its user enters.
 */
import type { Args } from "../../catalog/types";
import type { Calc, Num } from "../calc";
import { numError } from "../errors";
import { atMostMaximum } from "../validate";
import { num, optNum } from "./args";

export function atMostArgument<C>(
  o: { param: string; maxParam: string },
  then: (args: Args, c: C, calc: Calc) => Num
) {
  return (args: Args, c: C, calc: Calc): Num => {
    const max = num(args, o.maxParam);
    const given = optNum(args, o.param);
    // The same tolerance as a parameter's own `max` (validate.ts): a rate a rounding above it is the maximum.
    const value = given === undefined ? max : atMostMaximum(given, max);
    if (value === undefined)
      throw numError(`${o.param} exceeds the policy maximum of ${o.maxParam} (${max})`, o.param);
    return then({ ...args, [o.param]: value }, c, calc);
  };
}
