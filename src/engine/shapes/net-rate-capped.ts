/**
 * min(max(0, gross − Σ exclusions) × rate, cap): 「实际投资总额(不含土地、厂房、旧设备…)的r、最高X」, the user
 * entering the gross amount and each item the text excludes as a separate optional argument (0 when
 * omitted). The rate comes from `rateParam` when given (「不高于r」, default r). Why a shape: a rate on a net
 * investment base, capped, recurs (HZ-HUMANOID-02c, HZ-HUMANOID-04b).
 */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNum, optNumIf } from "./args";

export type NetRateCapConstants = {
  /** 「…的r」 (the default of `rateParam` when the text says 「不高于r」). */
  rate: number;
  /** 「最高X」 per project. */
  cap: number;
};

export function netRateCapped(gross: Input, exclusions: Input[], rateParam?: string) {
  return (args: Args, c: NetRateCapConstants, calc: Calc): Amount => {
    let b = calc.base(gross.label, num(args, gross.param));
    // Each exclusion is deducted floored at 0, so the net base never goes below 0.
    for (const e of exclusions) b = calc.deduct(e.label, b, optNum(args, e.param) ?? 0);
    const rate = optNumIf(args, rateParam) ?? c.rate;
    return calc.cap(L.perProjectCap, calc.rate(L.rateApplied, b, rate), c.cap);
  };
}
