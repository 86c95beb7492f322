/** HLJ-AI-13b's prose: every amount and rate read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HLJAI_PILOT_BASE_SUBSIDY } from "./HLJ-AI-13b";

export const text = clauseText<typeof HLJAI_PILOT_BASE_SUBSIDY>("HLJAI_PILOT_BASE_SUBSIDY", (c) => {
  // The national support at which the maximum rate reaches the cap: derived, so it follows both constants.
  const reachesCap = c.cap / c.rate;
  return {
    derivedAmounts: [reachesCap],
    description: {
      en: `Heilongjiang matching subsidy for national AI-application pilot bases (HLJ-AI-13b): at most ${percent(c.rate)} of the national support amount, at most ${grouped(c.cap)} yuan per project.`,
      zh: `黑龙江人工智能应用中试基地配套补助（HLJ-AI-13b）：国家批复建设的项目，按最高不超过国家支持额度的${percent(c.rate)}给予配套补助，单个项目不超过${wan(c.cap)}。`,
    },
    formula: {
      en: `min(national support amount × rate (at most ${percent(c.rate)}), ${grouped(c.cap)}); at ${percent(c.rate)} the cap is reached at ${grouped(reachesCap)} of national support.`,
      zh: `min(国家支持额度×配套比例（不超过${percent(c.rate)}）, ${wan(c.cap)})；按${percent(c.rate)}计，国家支持额度达${wan(reachesCap)}时封顶。`,
    },
    params: {
      national_support_amount: {
        en: "National support amount (国家支持额度) for the state-approved AI-application pilot base, in yuan.",
        zh: "国家批复建设的人工智能应用中试基地获得的国家支持额度，元。",
      },
      rate: {
        en: `Matching rate; default ${c.rate}. The text says 「按最高不超过国家支持额度的20%」, so a value above ${c.rate} returns #NUM!.`,
        zh: `配套比例，默认${c.rate}。原文为“最高不超过国家支持额度的20%”，大于${c.rate}返回#NUM!。`,
      },
    },
    // Expected values from the policy text, never from the code: 「最高不超过国家支持额度的20%…不超过1亿元」.
    examples: [
      { args: [200_000_000], expect: 40_000_000, arithmetic: "× 0.20" },
      { args: [800_000_000], expect: 100_000_000, arithmetic: "160,000,000 → cap", note: "cap" },
      { args: [200_000_000, 0.1], expect: 20_000_000, arithmetic: "× 0.10" },
      {
        args: [200_000_000, 0.25],
        expect: "#NUM!",
        arithmetic: "above the 0.20 maximum",
        note: "bad input",
      },
    ],
  };
});

export const notes: ClauseNotes = {
  id: "HLJ-AI-13b",
  because: "单个项目支持金额不超过1亿元",
};
