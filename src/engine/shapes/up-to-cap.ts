/** 「最高X」 with no base: the request clipped to the cap. */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { optNum } from "./args";

export type UpToCapConstants = { cap: number };

/** min(requested, cap), the request defaulting to the cap (an omitted request asks for the most). */
export function upToCap(requestedParam = "requested") {
  return (args: Args, c: UpToCapConstants, calc: Calc): Amount => {
    const requested = calc.base(L.requested, optNum(args, requestedParam) ?? c.cap);
    return calc.cap(L.perAwardCap, requested, c.cap);
  };
}
