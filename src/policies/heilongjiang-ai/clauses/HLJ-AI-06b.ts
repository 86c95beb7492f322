/** HLJ-AI-06b: the subsidy for approved national industry high-quality dataset projects (spec §4.4, §5.2). */
import { rateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照核定总投资的10%给予补助」. */
  rate: 0.1,
  /** 「单个项目支持金额最高不超过1000万元」. */
  cap: 10_000_000,
};

export const HLJAI_NATIONAL_DATASET_SUBSIDY = clauseFunction({
  name: "HLJAI_NATIONAL_DATASET_SUBSIDY",
  params: [
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "核定总投资" },
      { role: { kind: "base" } }
    ),
  ],
  constants,
  shape: rateCapped({
    param: "approved_total_investment",
    label: { en: "Approved total investment", zh: "核定总投资" },
  }),
});

export const clause = quantitativeClause({
  id: "HLJ-AI-06b",
  document: "HLJ-AI",
  numberAsWritten: "二、6",
  category: "data",
  type: "Q",
  quotes: [
    "对获得批复的国家行业高质量数据集项目，按照核定总投资的10%给予补助，单个项目支持金额最高不超过1000万元。",
  ],
  summary: (c) => ({
    en: `Approved national industry high-quality-dataset projects get ${percent(c.rate)} of approved total investment, up to ${grouped(c.cap)} yuan per project.`,
    zh: `获得批复的国家行业高质量数据集项目，按核定总投资的${percent(c.rate)}给予补助，单个项目最高${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）",
  fn: HLJAI_NATIONAL_DATASET_SUBSIDY,
  oneTime: { kind: "row" },
});
