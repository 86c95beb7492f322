/**
 * min(max(0, gross − Σ exclusions) × rate, cap): 「实际投资总额(不含土地、厂房、旧设备…)的r、最高X」, the user
 * entering the gross amount and each item the text excludes as a separate optional argument (0 when
 * omitted). The rate comes from `rateParam` when given (「不高于r」, default r). Why a shape: a rate on a net
 * investment base, capped, recurs (HZ-HUMANOID-02c, HZ-HUMANOID-04b).
 */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, num, optNum } from "./args";

export type NetRateCapConstants = {
  /** 「…的r」 (the default of `rateParam` when the text says 「不高于r」). */
  rate: number;
  /** 「最高X」 per project. */
  cap: number;
};

export function netRateCapped<const N extends string>(
  gross: Input<N>,
  exclusions: Input<N>[],
  rateParam?: N
): Shape<NetRateCapConstants, N> {
  return (at) => {
    const grossAt = at(gross.param);
    const exclusionAt = exclusions.map((e) => at(e.param));
    const rateAt = indexIf(at, rateParam);
    return (args, c, calc) => {
      let b = calc.base(gross.label, num(args, grossAt));
      // Each exclusion is deducted floored at 0, so the net base never goes below 0.
      for (let i = 0; i < exclusions.length; i++)
        b = calc.deduct(exclusions[i].label, b, optNum(args, exclusionAt[i]) ?? 0);
      const rate = optNum(args, rateAt) ?? c.rate;
      return calc.cap(L.perProjectCap, calc.rate(L.rateApplied, b, rate), c.cap);
    };
  };
}
