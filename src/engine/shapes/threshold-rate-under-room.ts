/**
 * Threshold, then rate, then the room under an annual cap: 0 unless the base passes the threshold, else
 * min(base × rate, max(0, cap − received)). Why a shape: "spend over X earns r of all of it, up to Y a year"
 * recurs (HLJ-AI-05 compute, HZ-HUMANOID-05b component purchases).
 */
import type { Shape, Text } from "../../catalog/types";
import { L } from "../labels";
import { type Input, num, RECEIVED, receivedOf, type Room } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export type ThresholdRateRoomConstants = {
  /** The eligibility threshold on the base (「超过X」/「达X」); the rate then applies to the whole base. */
  threshold: number;
  thresholdOp: ThresholdOp;
  rate: number;
  /** Annual (or cumulative) cap shared with earlier receipts. */
  cap: number;
};

export function thresholdRateUnderRoom<const N extends string>(
  base: Input<N>,
  room: Room<N>,
  thresholdLabel: Text = L.threshold
): Shape<ThresholdRateRoomConstants, N> {
  return (at) => {
    const baseAt = at(base.param);
    const receivedAt = at(room.receivedParam ?? (RECEIVED as N));
    return (args, c, calc) => {
      const b = calc.base(base.label, num(args, baseAt));
      if (!meets(calc, thresholdLabel, b, c.threshold, c.thresholdOp)) return calc.of(0);
      return calc.room(
        room.label,
        calc.rate(L.rateApplied, b, c.rate),
        c.cap,
        receivedOf(args, receivedAt)
      );
    };
  };
}
