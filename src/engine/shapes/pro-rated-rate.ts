/**
 * A yearly rate pro-rated by period: base × rate × periods ÷ periods-per-year, the periods within the term
 * (「补贴期限最高1年」 as months). The base, the capped periods, the yearly amount and the pro-rating are each
 * recorded. Why a shape: BJ-ROBOT-13a reads its 1% as a yearly rate on the principal, counted by month.
 */
import type { Shape, Text } from "../../catalog/types";
import { L } from "../labels";
import { type Input, num } from "./args";

export type ProRatedConstants = { rate: number };

export function proRatedRate<K extends string, const N extends string>(o: {
  base: Input<N>;
  /** The periods argument, its cap step's label and the constant holding the most periods counted. */
  periods: Input<N> & { capKey: K };
  /** The constant holding the periods in a year (12 for months). */
  perYearKey: K;
  /** The period's name in the pro-rating label: 「× months ÷ 12」. */
  unit: Text;
}): Shape<ProRatedConstants & Record<K, number>, N> {
  return (at) => {
    const baseAt = at(o.base.param);
    const periodsAt = at(o.periods.param);
    return (args, c, calc) => {
      const base = calc.base(o.base.label, num(args, baseAt));
      const periods = calc.cap(o.periods.label, num(args, periodsAt), c[o.periods.capKey]);
      const yearly = calc.rate(L.rateApplied, base, c.rate);
      const perYear = c[o.perYearKey];
      // Labels are built only when steps are recorded (the Excel fast path records none).
      const label =
        calc.steps === null
          ? o.unit
          : { en: `× ${o.unit.en} ÷ ${perYear}`, zh: `× ${o.unit.zh} ÷ ${perYear}` };
      return calc.rate(label, yearly, calc.div(periods, perYear));
    };
  };
}
