/** rateUnderRoom's twin: MIN(base × rate, MAX(0, cap − received)), the rate from `rateParam` when given. */
import { orDefault } from "../native/readers";
import { NA, num } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import { type Input, RECEIVED, type Room } from "./args";
import type { RateUnderRoomConstants } from "./rate-under-room";

export function rateUnderRoomExcel(
  base: Input,
  room: Room,
  rateParam?: string
): ExcelShape<RateUnderRoomConstants> {
  return (x, c) => {
    const b = x.num(base.param);
    // No rate constant: the record makes `rateParam` required (the shape throws a record defect otherwise).
    const constantRate = c.rate === undefined ? NA : num(c.rate);
    const rate = rateParam === undefined ? constantRate : orDefault(x, rateParam, constantRate);
    const received = orDefault(x, room.receivedParam ?? RECEIVED);
    return X.room(X.rate(b, rate), c.cap, received);
  };
}
