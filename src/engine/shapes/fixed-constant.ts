/**
 * A fixed award held in one of the record's constants (「给予一次性奖励X」), recorded as a fixed step. Why a
 * shape: it is the award a gate pays when met (HZ-HUMANOID-05a), under the constant's own name.
 */
import type { Shape, Text } from "../../catalog/types";
import { L } from "../labels";

export function fixedConstant<K extends string, N extends string = string>(
  key: K,
  label: Text = L.fixedAward
): Shape<Record<K, number>, N> {
  return () => (_args, c, calc) => calc.fixed(label, c[key]);
}
