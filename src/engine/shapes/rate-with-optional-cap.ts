/**
 * min(base × rate, cap) where the rate or the cap may come from an argument: the rate when the text leaves
 * it to the user (Q-R: required) or bounds it (「不超过r」: default r); the cap when the text has none
 * (optional, no cap when omitted) or sets it only 「原则上」 (default the text's cap, overridable for an
 * approved exception). Why a shape: rateCapped fixes the cap in the record, but HLJ-ROBOT-05 (「原则上」),
 * HLJ-ROBOT-10 (no rate, no cap) and similar Q-R clauses need it as an argument.
 */
import type { Shape } from "../../catalog/types";
import { L } from "../labels";
import { indexIf, type Input, inputBase, optNum } from "./args";

export type RateOptionalCapConstants = {
  /** The text's rate, when it states one (default of `rateParam`, or fixed when there is no `rateParam`). */
  rate?: number;
  /** The text's cap, when it states one (default of `capParam`, or fixed when there is no `capParam`). */
  cap?: number;
};

/** A base computed by another shape (the total or the increment), ahead of the rate. */
export type BaseShape<N extends string = string> = Shape<unknown, N>;

/** `base` is a parameter read as the base step, or a shape whose result is the base. */
export function rateWithOptionalCap<const N extends string>(
  base: Input<N> | BaseShape<N>,
  o: { rateParam?: N; capParam?: N } = {}
): Shape<RateOptionalCapConstants, N> {
  return (at) => {
    const baseOf = (typeof base === "function" ? base : inputBase(base))(at);
    const rateAt = indexIf(at, o.rateParam);
    const capAt = indexIf(at, o.capParam);
    return (args, c, calc) => {
      const b = baseOf(args, c, calc);
      const rate = optNum(args, rateAt) ?? c.rate;
      if (rate === undefined)
        throw new Error("rateWithOptionalCap: no rate argument and no rate constant");
      const raw = calc.rate(L.rateApplied, b, rate);
      const capArg = optNum(args, capAt);
      // A cap argument where the text has none is the user's own figure, labelled as entered.
      if (capArg !== undefined)
        return calc.cap(c.cap === undefined ? L.capOverride : L.perProjectCap, raw, capArg);
      return c.cap === undefined ? raw : calc.cap(L.perProjectCap, raw, c.cap);
    };
  };
}
