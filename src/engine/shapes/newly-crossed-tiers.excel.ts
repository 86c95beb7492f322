/**
 * newlyCrossedTiers's twin. A tier is newly crossed when this year's value passes it and the highest earlier
 * value does not: AND(value op T, NOT(prior op T)). HIGHEST: nested IFs from the top tier down, the first
 * newly crossed one's award (0 when none); SUM: the sum of IF(newly crossed, award, 0); TOP_UP: the highest
 * less the award of the highest tier the prior value passed (nested IFs likewise), at least 0.
 */
import type { Text } from "../../catalog/types";
import type { TierConstants } from "./newly-crossed-tiers";
import { type Expr, ZERO, and, not } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";

/** The award of the top tier `passes` holds for, from the top down (0 when none). */
const topTier = (c: TierConstants, passes: (threshold: number) => Expr): Expr =>
  c.tiers.reduce<Expr>((below, t) => X.when(passes(t.threshold), t.award, below), ZERO);

/**
 * The shape takes the largest award among the tiers newly crossed, the twin the top one's: the same only
 * when awards do not fall as thresholds rise, which this refuses to assume.
 */
function checkAwardsRise(c: TierConstants): void {
  c.tiers.forEach((t, i) => {
    if (i > 0 && t.award < c.tiers[i - 1].award)
      throw new Error("newlyCrossedTiersExcel: tier awards must not fall as thresholds rise");
  });
}

export function newlyCrossedTiersExcel(o: {
  valueParam: string;
  valueLabel: Text;
  priorParam: string;
  priorLabel: Text;
  modeParam: string;
}): ExcelShape<TierConstants> {
  return (x, c) => {
    checkAwardsRise(c);
    const value = x.num(o.valueParam);
    const prior = x.orElse(o.priorParam, (p) => p, ZERO);
    const newly = (threshold: number): Expr =>
      and([X.meets(value, threshold, c.op), not(X.meets(prior, threshold, c.op))]);
    const highest = topTier(c, newly);
    const sum = c.tiers.map((t) => X.when(newly(t.threshold), t.award)).reduce(X.add, ZERO);
    const topUp = X.deduct(
      highest,
      topTier(c, (threshold) => X.meets(prior, threshold, c.op))
    );
    return X.when(
      x.is(o.modeParam, "SUM"),
      sum,
      X.when(x.is(o.modeParam, "TOP_UP"), topUp, highest)
    );
  };
}
