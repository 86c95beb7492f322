/** min(base × rate, max(0, cap − received)): a rate under an annual or cumulative cap shared with earlier receipts. */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNumIf, receivedOf, type Room } from "./args";

export type RateUnderRoomConstants = {
  /** Absent where the text states no rate (Q-R clauses): the `rateParam` argument is then required. */
  rate?: number;
  /** The annual or cumulative cap. */
  cap: number;
};

/** The rate comes from `rateParam` when given, else the constant. */
export function rateUnderRoom(base: Input, room: Room, rateParam?: string) {
  return (args: Args, c: RateUnderRoomConstants, calc: Calc): Amount => {
    const b = calc.base(base.label, num(args, base.param));
    const rate = optNumIf(args, rateParam) ?? c.rate;
    if (rate === undefined)
      throw new Error("clause record defect: no rate argument and no rate constant");
    return calc.room(
      room.label,
      calc.rate(L.rateApplied, b, rate),
      c.cap,
      receivedOf(args, room.receivedParam)
    );
  };
}
