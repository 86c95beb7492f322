/**
 * One-time awards for tiers crossed for the first time (「首次超过…分别给予…」): a tier is newly crossed when
 * this year's value passes it and the highest earlier value did not. `modeParam` "SUM" pays every tier newly
 * crossed; "TOP_UP" (就高补差) pays the largest one less the award of the highest tier the earlier value had
 * passed (taken as claimed then), so a firm's lifetime total is the top tier it reaches whatever its path;
 * anything else (default "HIGHEST") pays the largest one. Why a shape: milestone tiers recur across
 * revenue, output and scale awards; the tier table stays in the record.
 */
import type { Compute, FastAward, Shape, Text } from "../../catalog/types";
import { grouped, wan } from "../../format/money";
import type { Amount, Calc } from "../calc";
import { readingError, sumError } from "../calc/fast-calc";
import { withFast } from "../plain";
import { MAX_AMOUNT } from "../money";
import { awardOf, meetsPlain, readingBound } from "../plain/bounds";
import { num, optNum } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export type TierConstants = {
  /**
   * Tiers in strictly ascending order of threshold (the fast path counts the tiers a value passes as a
   * prefix; a test holds every table of the catalog to it): 「首次超过T1、T2…的，分别给予A1、A2…」.
   */
  tiers: readonly { threshold: number; award: number }[];
  /** The threshold wording: 「超过」 → ">". */
  op: ThresholdOp;
};

const T = {
  highest: { en: "Highest tier newly crossed", zh: "新跨越的最高档" },
  sum: { en: "Sum of the tiers newly crossed", zh: "新跨越各档合计" },
  none: { en: "No tier newly crossed", zh: "未新跨越任何档次" },
  topUp: {
    en: "Less the highest tier passed before (taken as claimed)",
    zh: "扣除以往已超过的最高档奖励（视为已领取）",
  },
};

/** A tier's threshold test, labelled for the steps (built only when steps are recorded). */
function tierLabel(calc: Calc, who: Text, threshold: number, op: ThresholdOp): Text {
  if (calc.steps === null) return who;
  return {
    en: `${who.en} ${op} ${grouped(threshold)}`,
    zh: `${who.zh}${op === ">" ? "超过" : "达到"}${wan(threshold)}`,
  };
}

export function newlyCrossedTiers<const N extends string>(o: {
  valueParam: N;
  valueLabel: Text;
  priorParam: N;
  priorLabel: Text;
  modeParam: N;
}): Shape<TierConstants, N> {
  return (at) => {
    const valueAt = at(o.valueParam);
    const priorAt = at(o.priorParam);
    const modeAt = at(o.modeParam);
    const compute: Compute<TierConstants> = (args, c, calc) => {
      const value = calc.base(o.valueLabel, num(args, valueAt));
      const prior = calc.base(o.priorLabel, optNum(args, priorAt) ?? 0);
      const mode = args[modeAt];
      // Tiers ascend, so the highest newly crossed is the last one found; SUM adds every one.
      let highest: Amount | undefined;
      let sum: Amount = calc.of(0);
      let priorTierAward = 0; // the award of the highest tier `prior` passed
      for (const t of c.tiers) {
        const now = meets(
          calc,
          tierLabel(calc, o.valueLabel, t.threshold, c.op),
          value,
          t.threshold,
          c.op
        );
        const before = meets(
          calc,
          tierLabel(calc, o.priorLabel, t.threshold, c.op),
          prior,
          t.threshold,
          c.op
        );
        if (before) priorTierAward = t.award;
        if (!now || before) continue;
        const award = calc.of(t.award);
        highest = highest === undefined ? award : calc.max(highest, award);
        sum = calc.add(sum, award);
        if (calc.steps)
          calc.note(
            "tier",
            {
              en: `Tier ${grouped(t.threshold)} newly crossed`,
              zh: `首次跨越${wan(t.threshold)}档`,
            },
            t.award
          );
      }
      if (highest === undefined) return calc.fixed(T.none, 0);
      if (mode === "SUM") return calc.note("sum", T.sum, sum);
      const top = calc.fixed(T.highest, highest);
      if (mode !== "TOP_UP") return top;
      return calc.deduct(T.topUp, top, priorTierAward);
    };
    // The same stages on doubles, each value beside the bound on its distance from the exact one.
    const fast: FastAward<TierConstants> = ({ tiers, op }) => {
      const thresholds = tiers.map((t) => t.threshold);
      const eThresholds = thresholds.map(readingError);
      const awards = tiers.map((t) => t.award);
      const eAwards = awards.map(readingError);
      // Awards in whole yuan (every milestone table so far) add and compare exactly in doubles: the award is
      // then the amount itself, without the rounding's bound checks.
      const wholeAwards = awards.every((x) => Number.isSafeInteger(x) && x <= MAX_AMOUNT);
      const count = thresholds.length;
      const strict = op === ">";
      // Thresholds ascend, so the tiers a value passes are a prefix of the table: how many. Compared as
      // doubles first; only the two thresholds either side of where the value stops can lie within the
      // bounds of it (any other is farther), so meetsPlain decides those two again, with the bounds.
      const passed = (x: number, ex: number): number => {
        let n = 0;
        while (n < count && (strict ? x > thresholds[n] : x >= thresholds[n])) n++;
        if (n > 0) meetsPlain(x, ex, thresholds[n - 1], eThresholds[n - 1], op);
        if (n < count) meetsPlain(x, ex, thresholds[n], eThresholds[n], op);
        return n;
      };
      return (raw, a) => {
        const value = a.num(valueAt);
        const priorGiven = a.num(priorAt);
        const prior = Number.isNaN(priorGiven) ? 0 : priorGiven;
        const before = passed(prior, readingBound(prior));
        const now = passed(value, readingBound(value));
        // Newly crossed: the tiers from `before` up to `now`.
        if (now <= before) return 0;
        let highest = awards[before];
        let eHighest = eAwards[before];
        let sum = highest;
        let eSum = eHighest;
        for (let i = before + 1; i < now; i++) {
          const award = awards[i];
          highest = Math.max(highest, award);
          eHighest = Math.max(eHighest, eAwards[i]);
          const s = sum + award;
          eSum += eAwards[i] + sumError(sum, award, s);
          sum = s;
        }
        const mode = a.code(raw, modeAt);
        if (mode === "SUM")
          return wholeAwards && sum <= MAX_AMOUNT ? sum : awardOf(sum, eSum, Infinity, 0);
        if (mode !== "TOP_UP")
          return wholeAwards ? highest : awardOf(highest, eHighest, Infinity, 0);
        // The award of the highest tier the earlier value passed, taken as claimed then.
        const priorTierAward = before === 0 ? 0 : awards[before - 1];
        const ePriorTierAward = before === 0 ? 0 : eAwards[before - 1];
        const left = highest - priorTierAward;
        if (wholeAwards) return Math.max(0, left);
        const eLeft = eHighest + ePriorTierAward + sumError(highest, -priorTierAward, left);
        return awardOf(Math.max(0, left), eLeft, Infinity, 0);
      };
    };
    return withFast(compute, fast);
  };
}
