/**
 * A fixed amount per recognised item, for the categories the clause covers: amount × count.
 * Why a shape: several clauses pay a flat 「一次性X」 per recognition and differ only in which category
 * codes qualify and whether a count is asked (HLJ-ROBOT-02a lab grade, HLJ-ROBOT-02b center type, SD-ROBOT-02).
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";
import { timesCount } from "./args";

export type FixedPerItemConstants = {
  /** The fixed amount per recognised item (「给予一次性X资助」). */
  amount: number;
  /** Canonical codes the clause pays for; any other accepted code returns 0 (spec §2.4: ineligible category → 0). */
  covered?: readonly string[];
};

/** `codeParam` is tested against `covered` only when both are given; `countParam` (default 1) multiplies. */
export function fixedPerItem(o: { codeParam?: string; countParam?: string; label?: Text } = {}) {
  return (args: Args, c: FixedPerItemConstants, calc: Calc): Amount => {
    if (o.codeParam && c.covered && !c.covered.includes(args[o.codeParam] as string))
      return calc.fixed(L.notCovered, 0);
    const each = calc.fixed(o.label ?? L.fixedAward, c.amount);
    return timesCount(args, o.countParam, each, calc);
  };
}
