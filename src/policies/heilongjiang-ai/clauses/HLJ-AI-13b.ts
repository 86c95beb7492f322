/** HLJ-AI-13b: the matching subsidy for national AI-application pilot bases (spec §4.4, §5.2). */
import { rateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按最高不超过国家支持额度的20%给予配套补助」: the default and the maximum of `rate`. */
  rate: 0.2,
  /** 「单个项目支持金额不超过1亿元」. */
  cap: 100_000_000,
};

export const HLJAI_PILOT_BASE_SUBSIDY = clauseFunction({
  name: "HLJAI_PILOT_BASE_SUBSIDY",
  params: [
    amount(
      "national_support_amount",
      { en: "National support", zh: "国家支持额度" },
      { role: { kind: "base" } }
    ),
    rate(
      "rate",
      { en: "Matching rate", zh: "配套比例" },
      { default: constants.rate, max: constants.rate }
    ),
  ],
  constants,
  shape: rateCapped(
    {
      param: "national_support_amount",
      label: { en: "National support amount", zh: "国家支持额度" },
    },
    "rate"
  ),
});

export const clause = quantitativeClause({
  id: "HLJ-AI-13b",
  document: "HLJ-AI",
  numberAsWritten: "四、13",
  category: "pilot-platform",
  type: "Q",
  quotes: [
    "对国家批复建设的人工智能应用中试基地项目，按最高不超过国家支持额度的20%给予配套补助，单个项目支持金额不超过1亿元。",
  ],
  summary: (c) => ({
    en: `State-approved national AI-application pilot-base projects get a matching subsidy of up to ${percent(c.rate)} of the national support amount, at most ${grouped(c.cap)} yuan per project.`,
    zh: `国家批复建设的人工智能应用中试基地项目，按最高不超过国家支持额度的${percent(c.rate)}给予配套补助，单个项目不超过${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省财政厅",
  fn: HLJAI_PILOT_BASE_SUBSIDY,
  oneTime: { kind: "row" },
});
