/**
 * A fixed award held in one of the record's constants (「给予一次性奖励X」), recorded as a fixed step. Why a
 * shape: it is the award a gate pays when met (HZ-HUMANOID-05a), under the constant's own name.
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";

export function fixedConstant<K extends string>(key: K, label: Text = L.fixedAward) {
  return (_args: Args, c: Record<K, number>, calc: Calc): Amount => calc.fixed(label, c[key]);
}
