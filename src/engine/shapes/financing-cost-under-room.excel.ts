/**
 * financingCostUnderRoom's twin: base × rate [× years], at most the cost paid when given, then the room
 * MIN(…, MAX(0, cap − received)). The rate is the `rateParam` argument, else the `rateDefaultParam`
 * argument, else the constant — one expression, so the pipeline is written once.
 */
import type { Input, Room } from "./args";
import { RECEIVED } from "./args";
import { capAtCostPaidExcel } from "./cap-at-cost-paid.excel";
import type { FinancingCostConstants } from "./financing-cost-under-room";
import { type Expr, NA, ZERO, num } from "../native/expr";
import { type ExcelShape, type TwinArgs, X } from "../native/twin";

/** The rate as the shape picks it. No rate at all is a record defect the engine throws on (not an input error). */
function rateOf(
  x: TwinArgs,
  o: { rateParam: string; rateDefaultParam?: string },
  c: FinancingCostConstants
): Expr {
  const constant = c.rate === undefined ? NA : num(c.rate);
  const fallback =
    o.rateDefaultParam === undefined ? constant : x.orElse(o.rateDefaultParam, (r) => r, constant);
  return x.orElse(o.rateParam, (r) => r, fallback);
}

export function financingCostUnderRoomExcel(o: {
  base: Input;
  rateParam: string;
  rateDefaultParam?: string;
  yearsParam?: string;
  costParam: string;
  room: Room;
}): ExcelShape<FinancingCostConstants> {
  return (x, c) => {
    let raw = X.rate(x.num(o.base.param), rateOf(x, o, c));
    if (o.yearsParam !== undefined) raw = X.rate(raw, x.num(o.yearsParam));
    raw = capAtCostPaidExcel(x, o.costParam, raw);
    const received = x.orElse(o.room.receivedParam ?? RECEIVED, (r) => r, ZERO);
    return X.room(raw, c.cap, received);
  };
}
