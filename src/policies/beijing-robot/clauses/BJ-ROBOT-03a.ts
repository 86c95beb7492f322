/** BJ-ROBOT-03a: builders of public innovation-verification platforms, a share of construction investment (spec §4.5). */
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { rateAtMost } from "../../builders/rate-at-most";
import { constructionInvestmentCapped } from "../construction-investment";
import { MEASURE_3 } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照不超过建设项目投资的 30%予以补贴」: the default and the maximum of the rate argument. */
  rate: 0.3,
  /** 「最高 3000 万元」. */
  cap: 30_000_000,
};

export const BJ_PUBLIC_PLATFORM_SUBSIDY = clauseFunction({
  name: "BJ_PUBLIC_PLATFORM_SUBSIDY",
  params: [
    amount(
      "project_investment",
      { en: "Project investment", zh: "建设项目投资" },
      { role: { kind: "base" } }
    ),
    rateAtMost("rate", { en: "Subsidy rate", zh: "补贴比例" }, constants.rate),
  ],
  constants,
  shape: constructionInvestmentCapped,
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-03a",
  document: "BJ-ROBOT",
  numberAsWritten: "一（三）",
  category: "pilot-platform",
  type: "Q",
  quotes: ["对公共平台建设单位，按照不超过建设项目投资的 30%予以补贴，最高 3000 万元；"],
  summary: (c) => ({
    en: `Builders of public platforms (pilot-verification platforms, shared machining centers) receive ≤ ${percent(c.rate)} of construction-project investment, up to ${grouped(c.cap)} yuan.`,
    zh: `公共平台（中试验证平台、共享加工中心等）建设单位，按不超过建设项目投资的${percent(c.rate)}予以补贴，最高${wan(c.cap)}。`,
  }),
  departments: MEASURE_3,
  fn: BJ_PUBLIC_PLATFORM_SUBSIDY,
  oneTime: { kind: "row" },
});
