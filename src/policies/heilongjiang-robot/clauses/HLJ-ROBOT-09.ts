/** HLJ-ROBOT-09: one-time awards for revenue tiers first exceeded (spec §4.1). */
import { type TierConstants, newlyCrossedTiers } from "../../../engine/shapes";
import { grouped, millions, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, code } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「年营收规模首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元奖励支持」. */
  tiers: [
    { threshold: 10_000_000, award: 500_000 },
    { threshold: 50_000_000, award: 2_000_000 },
    { threshold: 100_000_000, award: 3_000_000 },
    { threshold: 300_000_000, award: 5_000_000 },
  ],
  /** 「超过」 excludes the threshold. */
  op: ">",
} satisfies TierConstants;

export type Param = "annual_revenue" | "prior_max_revenue" | "mode";

export const HLJ_REVENUE_MILESTONE_AWARD = clauseFunction({
  name: "HLJ_REVENUE_MILESTONE_AWARD",
  params: [
    amount(
      "annual_revenue",
      { en: "Annual revenue", zh: "年营业收入" },
      { role: { kind: "base" } }
    ),
    amount(
      "prior_max_revenue",
      { en: "Highest earlier revenue", zh: "以往最高年营收" },
      { default: 0, role: { kind: "maxBefore", of: "annual_revenue" } }
    ),
    code(
      "mode",
      { en: "Tier mode", zh: "跨档计算方式" },
      [
        {
          value: "HIGHEST",
          aliases: ["就高", "最高档"],
          label: { en: "Highest tier newly crossed", zh: "按新跨越的最高档" },
        },
        {
          value: "SUM",
          aliases: ["累加", "逐档累加"],
          label: { en: "Every tier newly crossed", zh: "新跨越各档累加" },
        },
        {
          value: "TOP_UP",
          aliases: ["就高补差", "补差"],
          label: {
            en: "Highest tier less the tier passed before (top-up)",
            zh: "就高补差：最高档扣除以往已超过档次的奖励",
          },
        },
      ],
      { default: "HIGHEST" }
    ),
  ],
  constants,
  shape: newlyCrossedTiers({
    valueParam: "annual_revenue",
    valueLabel: { en: "Annual revenue", zh: "年营收" },
    priorParam: "prior_max_revenue",
    priorLabel: { en: "Prior max revenue", zh: "以往最高年营收" },
    modeParam: "mode",
  }),
  readings: [{ param: "mode", values: ["HIGHEST", "SUM", "TOP_UP"] }],
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-09",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）9",
  category: "revenue-milestone",
  type: "Q",
  quotes: [
    "对智能机器人制造企业年营收规模首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元奖励支持。",
  ],
  summary: (c) => {
    const thresholds = c.tiers.map((t) => t.threshold);
    const awards = c.tiers.map((t) => t.award);
    return {
      en: `A robot manufacturer whose annual revenue exceeds ${thresholds.map(millions).join(" / ")} yuan for the first time gets one-time awards of ${awards.map((a) => grouped(a)).join(" / ")} yuan respectively.`,
      zh: `智能机器人制造企业年营收规模首次超过${thresholds.map(wan).join("、")}的，分别给予一次性${awards.map(wan).join("、")}奖励。`,
    };
  },
  departments: "省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_REVENUE_MILESTONE_AWARD,
  oneTime: { kind: "tiers" },
});
