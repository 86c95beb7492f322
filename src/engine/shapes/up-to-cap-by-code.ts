/**
 * 「最高X」 by category with no base: count × min(requested, cap(category)), `requested` defaulting to the
 * category's cap and `count` to 1. Why a shape: "up to, by title / level / type" recurs (HLJ-AI-12,
 * SD-ROBOT-04, SD-ROBOT-07, SD-ROBOT-14a).
 */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { optNum, timesCount } from "./args";

export type CapsByCodeConstants = {
  /** 「最高X」 per canonical code; a code absent here is accepted but not covered (→ 0). */
  caps: Record<string, number>;
};

export function upToCapByCode(
  codeParam: string,
  o: { requestedParam?: string; countParam?: string } = {}
) {
  return (args: Args, c: CapsByCodeConstants, calc: Calc): Amount => {
    const cap = c.caps[args[codeParam] as string];
    if (cap === undefined) return calc.fixed(L.notCovered, 0);
    const requested = calc.base(L.requested, optNum(args, o.requestedParam ?? "requested") ?? cap);
    const each = calc.cap(L.categoryCap, requested, cap);
    return timesCount(args, o.countParam, each, calc);
  };
}
