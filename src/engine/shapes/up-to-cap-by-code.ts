/**
 * 「最高X」 by category with no base: count × min(requested, cap(category)), `requested` defaulting to the
 * category's cap and `count` to 1. Why a shape: "up to, by title / level / type" recurs (HLJ-AI-12,
 * SD-ROBOT-04, SD-ROBOT-07, SD-ROBOT-14a).
 */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, optNum, timesCount } from "./args";

export type CapsByCodeConstants = {
  /** 「最高X」 per canonical code; a code absent here is accepted but not covered (→ 0). */
  caps: Record<string, number>;
};

/** The request defaults to the parameter named `requested`; `countParam` (default 1) multiplies. */
export function upToCapByCode<const N extends string>(
  codeParam: N,
  o: { requestedParam?: N; countParam?: N } = {}
): Shape<CapsByCodeConstants, N> {
  return (at) => {
    const codeAt = at(codeParam);
    const requestedAt = at(o.requestedParam ?? ("requested" as N));
    const countAt = indexIf(at, o.countParam);
    return (args, c, calc) => {
      const cap = c.caps[args[codeAt] as string];
      if (cap === undefined) return calc.fixed(L.notCovered, 0);
      const requested = calc.base(L.requested, optNum(args, requestedAt) ?? cap);
      const each = calc.cap(L.categoryCap, requested, cap);
      return timesCount(args, countAt, each, calc);
    };
  };
}
