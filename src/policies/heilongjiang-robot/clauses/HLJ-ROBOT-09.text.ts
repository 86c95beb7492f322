/** HLJ-ROBOT-09's prose: the tier table read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, millions, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HLJ_REVENUE_MILESTONE_AWARD } from "./HLJ-ROBOT-09";

export const text = clauseText<typeof HLJ_REVENUE_MILESTONE_AWARD>(
  "HLJ_REVENUE_MILESTONE_AWARD",
  (c) => {
    const thresholds = c.tiers.map((t) => t.threshold);
    const awards = c.tiers.map((t) => t.award);
    // SUM pays every tier once over a lifetime; TOP_UP at most the top tier's award, whatever the path.
    const sumOfAwards = awards.reduce((a, b) => a + b, 0);
    const topAward = Math.max(...awards);
    const tiersEn = c.tiers
      .map((t) => `> ${grouped(t.threshold)} → ${grouped(t.award)}`)
      .join("; ");
    const tiersZh = c.tiers.map((t) => `超过${wan(t.threshold)}奖${wan(t.award)}`).join("；");
    return {
      derivedAmounts: [sumOfAwards, topAward],
      description: {
        en: `Heilongjiang robot revenue milestone award (HLJ-ROBOT-09): one-time ${awards.map((a) => grouped(a)).join(" / ")} yuan when annual revenue first exceeds ${thresholds.map(millions).join(" / ")} yuan; by default the highest tier newly crossed.`,
        zh: `黑龙江智能机器人营收规模奖励（HLJ-ROBOT-09）：年营收首次超过${thresholds.map(wan).join("、")}的，分别一次性奖励${awards.map(wan).join("、")}；默认按新跨越的最高档计。`,
      },
      formula: {
        en: `A tier T is newly crossed when revenue > T and prior max revenue ≤ T (「超过」 is strict). Tiers: ${tiersEn}. HIGHEST (default) pays the largest newly crossed tier; SUM pays them all (lifetime at most ${grouped(sumOfAwards)}); TOP_UP pays the largest newly crossed tier less the award of the highest tier prior max revenue passed (lifetime at most ${grouped(topAward)}, whatever the path).`,
        zh: `本年营收>T且以往最高营收≤T时为新跨越T档（“超过”不含本数）。各档：${tiersZh}。默认按新跨越的最高档；选“SUM”则各档累加（累计最多${wan(sumOfAwards)}）；选“TOP_UP”则就高补差：新跨越的最高档扣除以往已超过的最高档奖励（无论增长路径，累计最多${wan(topAward)}）。`,
      },
      params: {
        annual_revenue: {
          en: "The robot manufacturer's annual operating revenue (年营收) for the year assessed, in yuan (the whole enterprise's revenue).",
          zh: "智能机器人制造企业被评估年度的年营业收入，元（企业全部营收）。",
        },
        prior_max_revenue: {
          en: "Highest annual revenue in any earlier year, in yuan, to test 「首次」 (first time); default 0.",
          zh: "以往任一年度的最高年营收，元，用于判断是否“首次”超过；默认0。",
        },
        mode: {
          en: 'How to pay when several tiers are crossed in one year. Default "HIGHEST": the largest tier newly crossed (Revision 1: 「分别」 maps each tier to its amount, the document\'s 「从优、就高、不重复」 and implementing practice pay the highest tier on a jump; the conservative base case). "SUM": every tier newly crossed. "TOP_UP" (就高补差, Revision 2): the award of the highest tier passed this year less the award of the highest tier prior_max_revenue passed, which is taken as claimed then.',
          zh: "同一年跨越多个档次时的计算方式。默认“HIGHEST”：按新跨越的最高档奖励（“分别”仅将各档对应各自金额，本政策“从优、就高、不重复”，实施细则通常跨档按最高档，属稳健口径）。“SUM”：新跨越的各档累加。“TOP_UP”（就高补差）：本年超过的最高档奖励，减去以往最高年营收已超过的最高档奖励（视为当时已领取）。",
        },
      },
      ambiguities: [
        {
          issue: { en: "Several tiers crossed in one year.", zh: "同一年跨越多个档次。" },
          chosen: {
            en: "HIGHEST (Revision 1): 「分别」 maps each tier to its amount and does not say a multi-tier jump pays every tier; 「从优、就高、不重复」 and 跨档按最高档 practice; conservative base case.",
            zh: "HIGHEST（Revision 1）：「分别」仅将各档对应各自金额，并未规定跨多档时各档均予奖励；依据「从优、就高、不重复」及跨档按最高档的实施惯例；属稳健口径。",
          },
          alternative: {
            en: 'SUM (mode = "SUM"): each 「首次超过」 its own one-time award, the literal 「分别」. TOP_UP (mode = "TOP_UP", 就高补差, Revision 2): the highest tier less the one passed before, taken as claimed then; path-independent. HIGHEST pays a firm that jumps tiers less than one that climbs them one a year; EXPLAIN and the calculator show all three.',
            zh: 'SUM（mode = "SUM"）：每次「首次超过」各获一次性奖励，即「分别」的字面含义。TOP_UP（mode = "TOP_UP"，就高补差，Revision 2）：最高档奖励减去以往已超过档次的奖励（视为当时已领取），与增长路径无关。按HIGHEST，跨档增长的企业所获少于逐年逐档增长的企业；EXPLAIN与试算面板同时列示三种结果。',
          },
          reading: "mode",
        },
        {
          issue: { en: "What 「首次」 is measured against.", zh: "「首次」的比较范围。" },
          chosen: {
            en: "The company's whole history, through prior_max_revenue.",
            zh: "企业全部历史年度，通过prior_max_revenue填写。",
          },
          alternative: {
            en: "Only years inside the policy term: pass the maximum within the term.",
            zh: "仅限政策期内的年度：填写政策期内的最高年营收。",
          },
        },
        {
          issue: { en: "Whose revenue.", zh: "营收的口径。" },
          chosen: {
            en: "The whole enterprise's revenue, not only its robot products.",
            zh: "企业全部营收，不限于机器人产品。",
          },
        },
      ],
      // Expected values from 「首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元」.
      examples: [
        {
          args: [62_000_000, 45_000_000],
          expect: 2_000_000,
          arithmetic: "only 50,000,000 newly crossed",
        },
        {
          args: [320_000_000, 9_000_000],
          expect: 5_000_000,
          arithmetic: "10M, 50M, 100M and 300M all newly crossed; HIGHEST pays the largest",
          note: "jump, default",
        },
        {
          args: [320_000_000, 9_000_000, "SUM"],
          expect: 10_500_000,
          arithmetic: "500,000 + 2,000,000 + 3,000,000 + 5,000,000",
          note: "jump, SUM",
        },
        {
          args: [320_000_000, 60_000_000, "TOP_UP"],
          expect: 3_000_000,
          arithmetic:
            "highest tier passed now 300M → 5,000,000; prior 60M passed 50M → 2,000,000; 5,000,000 − 2,000,000",
          note: "TOP_UP",
        },
        {
          args: [60_000_000, 0, "TOP_UP"],
          expect: 2_000_000,
          arithmetic: "60M passes 50M → 2,000,000; prior 0 passed no tier → − 0",
          note: "TOP_UP, first year",
        },
        {
          args: [100_000_000, 50_000_000, "TOP_UP"],
          expect: 1_500_000,
          arithmetic:
            "100M is not > 100M, passes 50M → 2,000,000; 50M is not > 50M, passes 10M → 500,000; 2,000,000 − 500,000",
          note: "TOP_UP, at the thresholds",
        },
        {
          args: [10_000_000],
          expect: 0,
          arithmetic: "10,000,000 is not > 10,000,000",
          note: "below threshold",
        },
        { args: [80_000_000, 120_000_000], expect: 0, arithmetic: "no tier newly crossed" },
      ],
    };
  }
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-09",
  because: "年营收规模首次超过1000万元、5000万元、1亿元、3亿元的",
};
