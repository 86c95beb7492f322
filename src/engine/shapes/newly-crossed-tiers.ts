/**
 * One-time awards for tiers crossed for the first time (「首次超过…分别给予…」): a tier is newly crossed when
 * this year's value passes it and the highest earlier value did not. `modeParam` "SUM" pays every tier newly
 * crossed; "TOP_UP" (就高补差) pays the largest one less the award of the highest tier the earlier value had
 * passed (taken as claimed then), so a firm's lifetime total is the top tier it reaches whatever its path;
 * anything else (default "HIGHEST") pays the largest one. Why a shape: milestone tiers recur across
 * revenue, output and scale awards; the tier table stays in the record.
 */
import type { Args, Text } from "../../catalog/types";
import { grouped, wan } from "../../format/money";
import type { Amount, Calc } from "../calc";
import { num, optNum } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export type TierConstants = {
  /** Tiers in ascending order of threshold: 「首次超过T1、T2…的，分别给予A1、A2…」. */
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

export function newlyCrossedTiers(o: {
  valueParam: string;
  valueLabel: Text;
  priorParam: string;
  priorLabel: Text;
  modeParam: string;
}) {
  return (args: Args, c: TierConstants, calc: Calc): Amount => {
    const value = calc.base(o.valueLabel, num(args, o.valueParam));
    const prior = calc.base(o.priorLabel, optNum(args, o.priorParam) ?? 0);
    const awards: Amount[] = [];
    let priorTierAward = 0; // the award of the highest tier `prior` passed (tiers ascend)
    for (const t of c.tiers) {
      // Labels are built only when steps are recorded (the Excel fast path records none).
      const tierLabel = (who: Text): Text =>
        calc.steps === null
          ? who
          : {
              en: `${who.en} ${c.op} ${grouped(t.threshold)}`,
              zh: `${who.zh}${c.op === ">" ? "超过" : "达到"}${wan(t.threshold)}`,
            };
      const now = meets(calc, tierLabel(o.valueLabel), value, t.threshold, c.op);
      const before = meets(calc, tierLabel(o.priorLabel), prior, t.threshold, c.op);
      if (before) priorTierAward = t.award;
      if (now && !before) {
        awards.push(calc.of(t.award));
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
    }
    if (awards.length === 0) return calc.fixed(T.none, 0);
    if (args[o.modeParam] === "SUM") return calc.sum(T.sum, awards);
    const highest = calc.fixed(
      T.highest,
      awards.reduce((a, b) => calc.max(a, b))
    );
    if (args[o.modeParam] !== "TOP_UP") return highest;
    return calc.deduct(T.topUp, highest, priorTierAward);
  };
}
