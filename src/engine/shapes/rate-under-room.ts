/** min(base × rate, max(0, cap − received)): a rate under an annual or cumulative cap shared with earlier receipts. */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, num, optNum, RECEIVED, receivedOf, type Room } from "./args";

export type RateUnderRoomConstants = {
  /** Absent where the text states no rate (Q-R clauses): the `rateParam` argument is then required. */
  rate?: number;
  /** The annual or cumulative cap. */
  cap: number;
};

/** The rate comes from `rateParam` when given, else the constant. */
export function rateUnderRoom<const N extends string>(
  base: Input<N>,
  room: Room<N>,
  rateParam?: N
): Shape<RateUnderRoomConstants, N> {
  return (at) => {
    const baseAt = at(base.param);
    const rateAt = indexIf(at, rateParam);
    const receivedAt = at(room.receivedParam ?? (RECEIVED as N));
    return (args, c, calc) => {
      const b = calc.base(base.label, num(args, baseAt));
      const rate = optNum(args, rateAt) ?? c.rate;
      if (rate === undefined)
        throw new Error("clause record defect: no rate argument and no rate constant");
      return calc.room(
        room.label,
        calc.rate(L.rateApplied, b, rate),
        c.cap,
        receivedOf(args, receivedAt)
      );
    };
  };
}
