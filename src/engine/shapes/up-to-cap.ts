/** 「最高X」 with no base: the request clipped to the cap. */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { optNum } from "./args";

export type UpToCapConstants = { cap: number };

/** min(requested, cap), the request defaulting to the cap (an omitted request asks for the most). */
export function upToCap<const N extends string>(
  requestedParam: N = "requested" as N
): Shape<UpToCapConstants, N> {
  return (at) => {
    const requestedAt = at(requestedParam);
    return (args, c, calc) => {
      const requested = calc.base(L.requested, optNum(args, requestedAt) ?? c.cap);
      return calc.cap(L.perAwardCap, requested, c.cap);
    };
  };
}
