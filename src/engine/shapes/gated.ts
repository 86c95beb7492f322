/**
 * Thresholds an award is conditional on, tested before the award's own shape: the award is `then` when every
 * condition holds, 0 otherwise. A condition either must be met (「达…」, 「超过…」) or bars the award when met (a
 * term limit: 「不超过3年」 — year 4 is past it). Why a shape: the conditions of HZ-HUMANOID-04c (investment, a
 * loan obtained), HZ-HUMANOID-05a (two years' sales) and BJ-ROBOT-06b (the subsidy term) gate another shape.
 */
import type { Args, Text } from "../../catalog/types";
import type { Calc, Num } from "../calc";
import { num } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export interface Condition<K extends string> {
  param: string;
  label: Text;
  op: ThresholdOp;
  /** The constant holding the limit, or a literal limit that is no policy number (a loan "> 0"). */
  limit: K | number;
  /** Record the argument as a base step under this label before testing it. */
  baseLabel?: Text;
  /** The award is 0 when this condition is met (a term passed), rather than when it is not. */
  bars?: true;
}

/** The gated compute takes `then`'s constants and the limits the conditions name. */
export function gated<K extends string, T>(
  conditions: readonly Condition<K>[],
  then: (args: Args, c: T, calc: Calc) => Num,
  /** Test every condition, recording each, even after one fails (「连续两年均…」 shows both years). */
  o: { testAll?: boolean } = {}
) {
  return (args: Args, c: T & Record<K, number>, calc: Calc): Num => {
    let pays = true;
    for (const k of conditions) {
      if (!pays && !o.testAll) break;
      const value = k.baseLabel ? calc.base(k.baseLabel, num(args, k.param)) : num(args, k.param);
      const limit = typeof k.limit === "number" ? k.limit : c[k.limit];
      if (meets(calc, k.label, value, limit, k.op) === Boolean(k.bars)) pays = false;
    }
    return pays ? then(args, c, calc) : 0;
  };
}
