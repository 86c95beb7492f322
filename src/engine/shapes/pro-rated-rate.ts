/**
 * A yearly rate pro-rated by period: base × rate × periods ÷ periods-per-year, the periods within the term
 * (「补贴期限最高1年」 as months). The base, the capped periods, the yearly amount and the pro-rating are each
 * recorded. Why a shape: BJ-ROBOT-13a reads its 1% as a yearly rate on the principal, counted by month.
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num } from "./args";

export type ProRatedConstants = { rate: number };

export function proRatedRate<K extends string>(o: {
  base: Input;
  /** The periods argument, its cap step's label and the constant holding the most periods counted. */
  periods: Input & { capKey: K };
  /** The constant holding the periods in a year (12 for months). */
  perYearKey: K;
  /** The period's name in the pro-rating label: 「× months ÷ 12」. */
  unit: Text;
}) {
  return (args: Args, c: ProRatedConstants & Record<K, number>, calc: Calc): Amount => {
    const base = calc.base(o.base.label, num(args, o.base.param));
    const periods = calc.cap(o.periods.label, num(args, o.periods.param), c[o.periods.capKey]);
    const yearly = calc.rate(L.rateApplied, base, c.rate);
    const perYear = c[o.perYearKey];
    // Labels are built only when steps are recorded (the Excel fast path records none).
    const label =
      calc.steps === null
        ? o.unit
        : { en: `× ${o.unit.en} ÷ ${perYear}`, zh: `× ${o.unit.zh} ÷ ${perYear}` };
    return calc.rate(label, yearly, calc.div(periods, perYear));
  };
}
