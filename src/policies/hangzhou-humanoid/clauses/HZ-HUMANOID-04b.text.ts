/** HZ-HUMANOID-04b's prose: the rate and the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { excludedAssetsHelp, rateAtMostHelp } from "../shared.text";
import { HZ_NEW_INVESTMENT_SUBSIDY } from "./HZ-HUMANOID-04b";

export const text = clauseText<typeof HZ_NEW_INVESTMENT_SUBSIDY>(
  "HZ_NEW_INVESTMENT_SUBSIDY",
  (c) => ({
    description: {
      en: `Hangzhou new-investment subsidy (HZ-HUMANOID-04b), for a project whose enterprise becomes above-designated-size within 2 years: at most ${percent(c.rate)} of actual total investment (excluding land, buildings, used equipment), up to ${grouped(c.cap)} yuan.`,
      zh: `杭州新增投资项目补助（HZ-HUMANOID-04b），适用于2年内成为规上企业的新增投资项目：不高于实际投资总额（不含土地、厂房、旧设备等）的${percent(c.rate)}，最高${wan(c.cap)}。`,
    },
    formula: {
      en: `min(max(0, actual total investment − excluded assets) × rate (≤ ${percent(c.rate)}), ${grouped(c.cap)}).`,
      zh: `min(max(0, 实际投资总额 − 土地厂房旧设备) × 比例（≤${percent(c.rate)}）, ${wan(c.cap)})。`,
    },
    params: {
      actual_total_investment: {
        en: "Actual total investment of the new investment project, gross, in yuan.",
        zh: "新增投资项目实际投资总额（毛额），元。",
      },
      excluded_assets: excludedAssetsHelp({ en: "actual_total_investment", zh: "实际投资总额" }),
      rate: rateAtMostHelp(HZ_NEW_INVESTMENT_SUBSIDY, "「不高于实际投资总额…的30%」", c.rate),
    },
    ambiguities: [
      {
        issue: {
          en: "The condition 「2年内成为规上企业」 (above-designated-size within 2 years).",
          zh: "适用条件「2年内成为规上企业」。",
        },
        chosen: { en: "Qualitative: assumed met.", zh: "定性条件：假定已满足。" },
      },
    ],
    // Expected values from the policy text, never from the code: 「不高于…的30%、最高5000万元」.
    examples: [
      {
        args: [60_000_000, 10_000_000],
        expect: 15_000_000,
        arithmetic: "(60,000,000 − 10,000,000) × 0.30 = 15,000,000",
      },
      {
        args: [250_000_000, 20_000_000],
        expect: 50_000_000,
        arithmetic: "230,000,000 × 0.30 = 69,000,000 → cap 50,000,000",
        note: "cap",
      },
      {
        args: [60_000_000, 10_000_000, 0.2],
        expect: 10_000_000,
        arithmetic: "50,000,000 × 0.20 = 10,000,000",
      },
      { args: [0], expect: 0, arithmetic: "0 × 0.30 = 0" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-04b",
  because: "对2年内成为规上企业的新增投资项目",
};
