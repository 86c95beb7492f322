/**
 * Thresholds an award is conditional on, tested before the award's own shape: the award is `then` when every
 * condition holds, 0 otherwise. A condition either must be met (「达…」, 「超过…」) or bars the award when met (a
 * term limit: 「不超过3年」 — year 4 is past it). Why a shape: the conditions of HZ-HUMANOID-04c (investment, a
 * loan obtained), HZ-HUMANOID-05a (two years' sales) and BJ-ROBOT-06b (the subsidy term) gate another shape.
 */
import type { Shape, Text } from "../../catalog/types";
import { num } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export interface Condition<K extends string, N extends string = string> {
  param: N;
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
export function gated<K extends string, T, const N extends string>(
  conditions: readonly Condition<K, N>[],
  then: Shape<T, N>,
  /** Test every condition, recording each, even after one fails (「连续两年均…」 shows both years). */
  o: { testAll?: boolean } = {}
): Shape<T & Record<K, number>, N> {
  return (at) => {
    const conditionAt = conditions.map((k) => at(k.param));
    const next = then(at);
    return (args, c, calc) => {
      let pays = true;
      for (let i = 0; i < conditions.length; i++) {
        if (!pays && !o.testAll) break;
        const k = conditions[i];
        const arg = num(args, conditionAt[i]);
        const value = k.baseLabel ? calc.base(k.baseLabel, arg) : arg;
        const limit = typeof k.limit === "number" ? k.limit : c[k.limit];
        if (meets(calc, k.label, value, limit, k.op) === Boolean(k.bars)) pays = false;
      }
      return pays ? next(args, c, calc) : 0;
    };
  };
}
