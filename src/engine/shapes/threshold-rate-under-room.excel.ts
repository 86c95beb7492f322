/** thresholdRateUnderRoom's twin: IF(base meets the threshold, MIN(base × rate, MAX(0, cap − received)), 0). */
import type { Text } from "../../catalog/types";
import { orDefault } from "../native/readers";
import { type ExcelShape, X } from "../native/twin";
import { type Input, RECEIVED, type Room } from "./args";
import type { ThresholdRateRoomConstants } from "./threshold-rate-under-room";

export function thresholdRateUnderRoomExcel(
  base: Input,
  room: Room,
  // The factory's step label, kept so the twin takes its exact parameters: a twin records no steps.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _thresholdLabel?: Text
): ExcelShape<ThresholdRateRoomConstants> {
  return (x, c) => {
    const b = x.num(base.param);
    const received = orDefault(x, room.receivedParam ?? RECEIVED);
    return X.when(
      X.meets(b, c.threshold, c.thresholdOp),
      X.room(X.rate(b, c.rate), c.cap, received)
    );
  };
}
