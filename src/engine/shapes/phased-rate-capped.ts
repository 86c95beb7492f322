/**
 * A project award paid in phases (spec §2.3): the formula on cumulative inputs, less what earlier phases
 * paid: max(0, min(base × rate, cap) − paid). Optional threshold (on its own parameter), rate argument
 * (「不超过r」), cap argument (「原则上」) and a base that falls back to another parameter (核定总投资 defaulting
 * to 总投资). Why a shape: phased matching recurs (HLJ-AI-09b, HZ-HUMANOID-02b, HZ-HUMANOID-07).
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNum, optNumIf } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export type PhasedConstants = {
  rate: number;
  /** Per-project cap (default of `capParam` when the text says 「原则上」). */
  cap: number;
  /** Optional eligibility threshold, tested on `threshold.param`. */
  threshold?: number;
  /** Default ">=" (「以上」). */
  thresholdOp?: ThresholdOp;
};

const PAID_BEFORE = { en: "Less amounts paid in earlier phases", zh: "扣除此前已拨付" };

export function phasedRateCapped(o: {
  base: { param: string; label: Text; fallbackParam?: string };
  paidParam: string;
  threshold?: Input;
  rateParam?: string;
  capParam?: string;
}) {
  return (args: Args, c: PhasedConstants, calc: Calc): Amount => {
    // The threshold is tested only when the record names both its parameter and its constant.
    if (o.threshold && c.threshold !== undefined) {
      const t = calc.base(o.threshold.label, num(args, o.threshold.param));
      if (!meets(calc, L.threshold, t, c.threshold, c.thresholdOp ?? ">=")) return calc.of(0);
    }
    const rawBase = optNum(args, o.base.param) ?? optNumIf(args, o.base.fallbackParam) ?? 0;
    const b = calc.base(o.base.label, rawBase);
    const rate = optNumIf(args, o.rateParam) ?? c.rate;
    const cap = optNumIf(args, o.capParam) ?? c.cap;
    const capped = calc.cap(L.perProjectCap, calc.rate(L.rateApplied, b, rate), cap);
    return calc.deduct(PAID_BEFORE, capped, optNum(args, o.paidParam) ?? 0);
  };
}
