/**
 * Interest / fee subsidy on a financed amount: base × rate [× years], at most the cost actually paid (when
 * given), then the room under an annual or cumulative cap: min(…, max(0, cap − received)). The rate is the
 * `rateParam` argument, else the `rateDefaultParam` argument (「不超过…LPR」: default the LPR), else the
 * constant. Thresholds and term limits stay in the record's compute, before this shape. Why a shape: the
 * same financing-cost pipeline recurs (HZ-HUMANOID-04c, BJ-ROBOT-06b, BJ-ROBOT-13b).
 */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, num, optNum, RECEIVED, receivedOf, type Room } from "./args";
import { capAtCostPaid } from "./cap-at-cost-paid";

export type FinancingCostConstants = {
  /** The text's rate (「不超过r」: default of `rateParam`); absent when the rate defaults to another argument (the LPR). */
  rate?: number;
  /** Annual or cumulative cap shared with earlier receipts. */
  cap: number;
};

const TIMES_YEARS = { en: "× years subsidised", zh: "× 补贴年数" };

export function financingCostUnderRoom<const N extends string>(o: {
  base: Input<N>;
  rateParam: N;
  rateDefaultParam?: N;
  yearsParam?: N;
  costParam: N;
  room: Room<N>;
}): Shape<FinancingCostConstants, N> {
  return (at) => {
    const baseAt = at(o.base.param);
    const rateAt = at(o.rateParam);
    const rateDefaultAt = indexIf(at, o.rateDefaultParam);
    const yearsAt = indexIf(at, o.yearsParam);
    const costAt = at(o.costParam);
    const receivedAt = at(o.room.receivedParam ?? (RECEIVED as N));
    return (args, c, calc) => {
      const b = calc.base(o.base.label, num(args, baseAt));
      const rate = optNum(args, rateAt) ?? optNum(args, rateDefaultAt) ?? c.rate;
      if (rate === undefined)
        throw new Error("financingCostUnderRoom: no rate argument and no rate constant");
      let raw = calc.rate(L.rateApplied, b, rate);
      if (yearsAt >= 0) raw = calc.rate(TIMES_YEARS, raw, num(args, yearsAt));
      raw = capAtCostPaid(args, costAt, raw, calc);
      return calc.room(o.room.label, raw, c.cap, receivedOf(args, receivedAt));
    };
  };
}
