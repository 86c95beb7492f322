/** BJ-ROBOT-06a: the 「机器人生产机器人」 benchmark factory, a share of construction investment (spec §4.5). */
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { rateAtMost } from "../../builders/rate-at-most";
import { constructionInvestmentCapped } from "../construction-investment";
import { MEASURE_6 } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照不超过建设项目投资的 30%予以奖励」: the default and the maximum of the rate argument. */
  rate: 0.3,
  /** 「最高 3000 万元」. */
  cap: 30_000_000,
};

export const BJ_BENCHMARK_FACTORY_AWARD = clauseFunction({
  name: "BJ_BENCHMARK_FACTORY_AWARD",
  params: [
    amount(
      "project_investment",
      { en: "Project investment", zh: "建设项目投资" },
      { role: { kind: "base" } }
    ),
    rateAtMost("rate", { en: "Award rate", zh: "奖励比例" }, constants.rate),
  ],
  constants,
  shape: constructionInvestmentCapped,
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-06a",
  document: "BJ-ROBOT",
  numberAsWritten: "二（六）",
  category: "digital-factory",
  type: "Q",
  quotes: [
    "对建设“机器人生产机器人”标杆工厂，实现机器人生产全流程无人化、智能化的机器人企业，按照不超过建设项目投资的 30%予以奖励，最高 3000 万元；",
  ],
  summary: (c) => ({
    en: `Firms building a benchmark "robots making robots" factory, with unmanned and intelligent production end to end, receive ≤ ${percent(c.rate)} of construction-project investment, up to ${grouped(c.cap)} yuan.`,
    zh: `建设“机器人生产机器人”标杆工厂、实现生产全流程无人化、智能化的机器人企业，按不超过建设项目投资的${percent(c.rate)}予以奖励，最高${wan(c.cap)}。`,
  }),
  departments: MEASURE_6,
  fn: BJ_BENCHMARK_FACTORY_AWARD,
  oneTime: { kind: "row" },
});
