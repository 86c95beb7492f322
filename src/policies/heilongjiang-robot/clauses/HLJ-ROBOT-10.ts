/**
 * HLJ-ROBOT-10: application-scenario investment subsidy with no rate and no cap stated (spec §4.1, Q-R).
 * Its note cites HLJ-AI-08's rate and cap, read from that record (the same 省发展改革委 programme).
 */
import { rateWithOptionalCap } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { HLJAI_SCENARIO_GRANT } from "../../heilongjiang-ai/clauses/HLJ-AI-08";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

/** HLJ-AI-08's rate and cap: the benchmark HLJ-ROBOT-10 names for a comparable scenario. */
export const AI_08 = HLJAI_SCENARIO_GRANT.constants;

/** 「给予符合条件的应用场景投资补助支持」 states no number: rate and cap are the user's. */
const constants = {};

export const HLJ_SCENARIO_SUBSIDY = clauseFunction({
  name: "HLJ_SCENARIO_SUBSIDY",
  params: [
    amount(
      "scenario_investment",
      { en: "Scenario investment", zh: "场景投资额" },
      { role: { kind: "base" } }
    ),
    rate("rate", { en: "Subsidy rate", zh: "补助比例" }),
    amount("cap", { en: "Cap per scenario", zh: "单个场景补助上限" }, { optional: true }),
  ],
  constants,
  shape: rateWithOptionalCap(
    { param: "scenario_investment", label: { en: "Scenario investment", zh: "场景投资额" } },
    { rateParam: "rate", capParam: "cap" }
  ),
  // Revision 2: an omitted cap is computed without one, and said in words beside the award.
  remarks: (args) =>
    args.cap === undefined
      ? [
          {
            en: `no cap is stated in the text (HLJ-AI-08 sets ${grouped(AI_08.cap)} for a comparable scenario)`,
            zh: `原文未规定上限（HLJ-AI-08对可比场景规定为${wan(AI_08.cap)}）`,
          },
        ]
      : [],
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-10",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（三）10",
  category: "scenario",
  type: "Q-R",
  quotes: [
    "给予符合条件的应用场景投资补助支持。推荐符合条件的项目纳入国家标志性重大应用场景项目清单。",
  ],
  summary: () => ({
    en: "Qualifying application scenarios built by robot firms with user units get an investment subsidy (no rate or cap stated) and are recommended for the national list of landmark scenario projects.",
    zh: "智能机器人企业联合用户单位打造的符合条件的应用场景，给予投资补助（未规定比例和上限），并推荐纳入国家标志性重大应用场景项目清单。",
  }),
  departments: "省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_SCENARIO_SUBSIDY,
  oneTime: { kind: "row" },
});
