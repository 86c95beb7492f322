/**
 * A project award paid in phases (spec §2.3): the formula on cumulative inputs, less what earlier phases
 * paid: max(0, min(base × rate, cap) − paid). Optional threshold (on its own parameter), rate argument
 * (「不超过r」), cap argument (「原则上」) and a base that falls back to another parameter (核定总投资 defaulting
 * to 总投资). Why a shape: phased matching recurs (HLJ-AI-09b, HZ-HUMANOID-02b, HZ-HUMANOID-07).
 */
import type { Shape, Text } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, num, optNum } from "./args";
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

export function phasedRateCapped<const N extends string>(o: {
  base: { param: N; label: Text; fallbackParam?: N };
  paidParam: N;
  threshold?: Input<N>;
  rateParam?: N;
  capParam?: N;
}): Shape<PhasedConstants, N> {
  return (at) => {
    const thresholdAt = o.threshold ? at(o.threshold.param) : -1;
    const baseAt = at(o.base.param);
    const fallbackAt = indexIf(at, o.base.fallbackParam);
    const rateAt = indexIf(at, o.rateParam);
    const capAt = indexIf(at, o.capParam);
    const paidAt = at(o.paidParam);
    return (args, c, calc) => {
      // The threshold is tested only when the record names both its parameter and its constant.
      if (o.threshold && c.threshold !== undefined) {
        const t = calc.base(o.threshold.label, num(args, thresholdAt));
        if (!meets(calc, L.threshold, t, c.threshold, c.thresholdOp ?? ">=")) return calc.of(0);
      }
      const b = calc.base(o.base.label, optNum(args, baseAt) ?? optNum(args, fallbackAt) ?? 0);
      const rate = optNum(args, rateAt) ?? c.rate;
      const cap = optNum(args, capAt) ?? c.cap;
      const capped = calc.cap(L.perProjectCap, calc.rate(L.rateApplied, b, rate), cap);
      return calc.deduct(PAID_BEFORE, capped, optNum(args, paidAt) ?? 0);
    };
  };
}
