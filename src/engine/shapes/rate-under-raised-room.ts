/**
 * min(base × rate, max(0, cap × (1 + uplift) − received)): a rate under an annual or cumulative cap that an
 * uplift argument raises (「可按照一定比例上浮」, read per spec Revision 1 as raising the cap only). The rate
 * and the uplift are arguments (Q-R: the text states neither); an omitted uplift is 0. Why a shape:
 * rateUnderRoom's cap is fixed, HLJ-AI-07's model voucher floats it.
 */
import type { Shape, Text } from "../../catalog/types";
import { L } from "../labels";
import { type Input, num, optNum, RECEIVED, receivedOf, type Room } from "./args";

export function rateUnderRaisedRoom<K extends string, const N extends string>(o: {
  base: Input<N>;
  rateParam: N;
  /** The constant holding the cap before the uplift. */
  capKey: K;
  upliftParam: N;
  upliftLabel: Text;
  room: Room<N>;
}): Shape<Record<K, number>, N> {
  return (at) => {
    const baseAt = at(o.base.param);
    const rateAt = at(o.rateParam);
    const upliftAt = at(o.upliftParam);
    const receivedAt = at(o.room.receivedParam ?? (RECEIVED as N));
    return (args, c, calc) => {
      const b = calc.base(o.base.label, num(args, baseAt));
      const raw = calc.rate(L.rateApplied, b, num(args, rateAt));
      const uplift = optNum(args, upliftAt) ?? 0;
      const cap = calc.rate(o.upliftLabel, c[o.capKey], calc.add(1, uplift));
      return calc.room(o.room.label, raw, cap, receivedOf(args, receivedAt));
    };
  };
}
