/** rateUnderRaisedRoom's twin: MIN(base × rate, MAX(0, cap × (1 + uplift) − received)), an omitted uplift 0. */
import type { Text } from "../../catalog/types";
import { RECEIVED, type Input, type Room } from "./args";
import { ZERO } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";

export function rateUnderRaisedRoomExcel<K extends string>(o: {
  base: Input;
  rateParam: string;
  capKey: K;
  upliftParam: string;
  upliftLabel: Text;
  room: Room;
}): ExcelShape<Record<K, number>> {
  return (x, c) => {
    const raw = X.rate(x.num(o.base.param), x.num(o.rateParam));
    const uplift = x.orElse(o.upliftParam, (u) => u, ZERO);
    const cap = X.rate(c[o.capKey], X.add(1, uplift));
    const received = x.orElse(o.room.receivedParam ?? RECEIVED, (r) => r, ZERO);
    return X.room(raw, cap, received);
  };
}
