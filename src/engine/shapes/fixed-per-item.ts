/**
 * A fixed amount per recognised item, for the categories the clause covers: amount × count.
 * Why a shape: several clauses pay a flat 「一次性X」 per recognition and differ only in which category
 * codes qualify and whether a count is asked (HLJ-ROBOT-02a lab grade, HLJ-ROBOT-02b center type, SD-ROBOT-02).
 */
import type { Shape, Text } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, timesCount } from "./args";

export type FixedPerItemConstants = {
  /** The fixed amount per recognised item (「给予一次性X资助」). */
  amount: number;
  /** Canonical codes the clause pays for; any other accepted code returns 0 (spec §2.4: ineligible category → 0). */
  covered?: readonly string[];
};

/** `codeParam` is tested against `covered` only when both are given; `countParam` (default 1) multiplies. */
export function fixedPerItem<const N extends string>(
  o: { codeParam?: N; countParam?: N; label?: Text } = {}
): Shape<FixedPerItemConstants, N> {
  return (at) => {
    const codeAt = indexIf(at, o.codeParam);
    const countAt = indexIf(at, o.countParam);
    return (args, c, calc) => {
      if (codeAt >= 0 && c.covered && !c.covered.includes(args[codeAt] as string))
        return calc.fixed(L.notCovered, 0);
      const each = calc.fixed(o.label ?? L.fixedAward, c.amount);
      return timesCount(args, countAt, each, calc);
    };
  };
}
