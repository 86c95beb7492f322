/**
 * Interest / fee subsidy on a financed amount: base × rate [× years], at most the cost actually paid (when
 * given), then the room under an annual or cumulative cap: min(…, max(0, cap − received)). The rate is the
 * `rateParam` argument, else the `rateDefaultParam` argument (「不超过…LPR」: default the LPR), else the
 * constant. Thresholds and term limits stay in the record's compute, before this shape. Why a shape: the
 * same financing-cost pipeline recurs (HZ-HUMANOID-04c, BJ-ROBOT-06b, BJ-ROBOT-13b).
 */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNum, optNumIf, receivedOf, type Room } from "./args";
import { capAtCostPaid } from "./cap-at-cost-paid";

export type FinancingCostConstants = {
  /** The text's rate (「不超过r」: default of `rateParam`); absent when the rate defaults to another argument (the LPR). */
  rate?: number;
  /** Annual or cumulative cap shared with earlier receipts. */
  cap: number;
};

const TIMES_YEARS = { en: "× years subsidised", zh: "× 补贴年数" };

export function financingCostUnderRoom(o: {
  base: Input;
  rateParam: string;
  rateDefaultParam?: string;
  yearsParam?: string;
  costParam: string;
  room: Room;
}) {
  return (args: Args, c: FinancingCostConstants, calc: Calc): Amount => {
    const b = calc.base(o.base.label, num(args, o.base.param));
    const rate = optNum(args, o.rateParam) ?? optNumIf(args, o.rateDefaultParam) ?? c.rate;
    if (rate === undefined)
      throw new Error("financingCostUnderRoom: no rate argument and no rate constant");
    let raw = calc.rate(L.rateApplied, b, rate);
    if (o.yearsParam) raw = calc.rate(TIMES_YEARS, raw, num(args, o.yearsParam));
    raw = capAtCostPaid(args, o.costParam, raw, calc);
    return calc.room(o.room.label, raw, c.cap, receivedOf(args, o.room.receivedParam));
  };
}
