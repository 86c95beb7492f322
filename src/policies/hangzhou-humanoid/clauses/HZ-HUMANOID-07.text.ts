/** HZ-HUMANOID-07's prose: the rate and the per-platform cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rateAtMostHelp } from "../shared.text";
import { HZ_PILOT_PLATFORM_SUBSIDY } from "./HZ-HUMANOID-07";

export const text = clauseText<typeof HZ_PILOT_PLATFORM_SUBSIDY>(
  "HZ_PILOT_PLATFORM_SUBSIDY",
  (c) => ({
    description: {
      en: `Hangzhou humanoid pilot-verification and application-promotion service platform subsidy (HZ-HUMANOID-07): at most ${percent(c.rate)} of actual investment, paid yearly by investment progress, up to ${grouped(c.cap)} yuan per platform. Returns this year's payment.`,
      zh: `杭州人形机器人中试验证及应用推广服务平台补助（HZ-HUMANOID-07）：不超过实际投入${percent(c.rate)}，根据投入进度分年度补助，单个平台最高${wan(c.cap)}。结果为本年度应拨付金额。`,
    },
    formula: {
      en: `max(0, min(rate (≤ ${percent(c.rate)}) × cumulative actual investment, ${grouped(c.cap)}) − paid in prior years).`,
      zh: `max(0, min(累计实际投入×比例（≤${percent(c.rate)}）, ${wan(c.cap)}) − 以前年度已拨付)。`,
    },
    params: {
      cumulative_actual_investment: {
        en: "Actual investment in the platform up to the end of the year assessed (cumulative), in yuan.",
        zh: "截至被评估年度末平台累计实际投入，元。",
      },
      paid_in_prior_years: {
        en: "Subsidy already paid for the platform in earlier years, in yuan; default 0.",
        zh: "该平台以前年度已拨付的补助，元，默认0。",
      },
      rate: rateAtMostHelp(HZ_PILOT_PLATFORM_SUBSIDY, "「不超过实际投入30%」", c.rate),
    },
    ambiguities: [
      {
        issue: {
          en: "「根据实际投入进度分年度予以补助」",
          zh: "「根据实际投入进度分年度予以补助」",
        },
        chosen: {
          en: "Each year: the formula on cumulative investment, less what earlier years paid.",
          zh: "逐年计算：按累计实际投入套用公式，扣除以前年度已拨付金额。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「不超过实际投入30%…最高补助5000万元」.
    examples: [
      { args: [40_000_000], expect: 12_000_000, arithmetic: "40,000,000 × 0.30 = 12,000,000" },
      {
        args: [100_000_000, 12_000_000],
        expect: 18_000_000,
        arithmetic: "100,000,000 × 0.30 = 30,000,000 − 12,000,000 = 18,000,000",
      },
      {
        args: [200_000_000, 30_000_000],
        expect: 20_000_000,
        arithmetic: "min(60,000,000, 50,000,000) − 30,000,000 = 20,000,000",
        note: "cap",
      },
      {
        args: [200_000_000, 50_000_000],
        expect: 0,
        arithmetic: "50,000,000 − 50,000,000 = 0",
        note: "cap exhausted",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-07",
  because: "根据实际投入进度分年度予以补助",
};
