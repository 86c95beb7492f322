/** A threshold tested with the comparison its wording prescribes (spec §2.2, 民法典 art. 1259). */
import type { Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";

/** 「以上/达/（含）以上/不低于」 → ">=" (includes the number); 「超过/突破」 → ">" (excludes it). */
export type ThresholdOp = ">=" | ">";

/** Tests a threshold with the operator the text prescribes, recording the step either way. */
export function meets(
  calc: Calc,
  label: Text,
  value: Amount | number,
  limit: number,
  op: ThresholdOp
): boolean {
  return op === ">" ? calc.above(label, value, limit) : calc.atLeast(label, value, limit);
}
