/**
 * min(base × rate, max(0, cap × (1 + uplift) − received)): a rate under an annual or cumulative cap that an
 * uplift argument raises (「可按照一定比例上浮」, read per spec Revision 1 as raising the cap only). The rate
 * and the uplift are arguments (Q-R: the text states neither); an omitted uplift is 0. Why a shape:
 * rateUnderRoom's cap is fixed, HLJ-AI-07's model voucher floats it.
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { type Input, num, optNum, receivedOf, type Room } from "./args";

export function rateUnderRaisedRoom<K extends string>(o: {
  base: Input;
  rateParam: string;
  /** The constant holding the cap before the uplift. */
  capKey: K;
  upliftParam: string;
  upliftLabel: Text;
  room: Room;
}) {
  return (args: Args, c: Record<K, number>, calc: Calc): Amount => {
    const b = calc.base(o.base.label, num(args, o.base.param));
    const raw = calc.rate(L.rateApplied, b, num(args, o.rateParam));
    const uplift = optNum(args, o.upliftParam) ?? 0;
    const cap = calc.rate(o.upliftLabel, c[o.capKey], calc.add(1, uplift));
    return calc.room(o.room.label, raw, cap, receivedOf(args, o.room.receivedParam));
  };
}
