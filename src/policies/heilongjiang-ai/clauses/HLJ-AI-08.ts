/**
 * HLJ-AI-08: the benchmark demonstration scenario grant (spec §4.4, §5.2). Exported: HLJ-ROBOT-10 cites its
 * rate and cap as the benchmark for a comparable scenario.
 */
import { rateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按项目核定总投资的20%给予支持」. */
  rate: 0.2,
  /** 「单个场景支持金额最高不超过2000万元」. */
  cap: 20_000_000,
};

export const HLJAI_SCENARIO_GRANT = clauseFunction({
  name: "HLJAI_SCENARIO_GRANT",
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
    label: { en: "Approved total investment", zh: "项目核定总投资" },
  }),
});

export const clause = quantitativeClause({
  id: "HLJ-AI-08",
  document: "HLJ-AI",
  numberAsWritten: "三、8",
  category: "scenario",
  type: "Q",
  quotes: [
    "每年遴选10个标杆示范场景，按项目核定总投资的20%给予支持，单个场景支持金额最高不超过2000万元。",
  ],
  // 「每年遴选10个」 is how many the province selects, not a limit on any award: it stays in the words.
  summary: (c) => ({
    en: `10 benchmark demonstration scenarios per year receive ${percent(c.rate)} of approved total investment, up to ${grouped(c.cap)} yuan per scenario.`,
    zh: `每年遴选10个标杆示范场景，按项目核定总投资的${percent(c.rate)}给予支持，单个场景最高${wan(c.cap)}。`,
  }),
  departments:
    "省发展改革委、省教育厅、省工业和信息化厅、省公安厅、省民政厅、省财政厅、省人力资源社会保障厅、省交通运输厅、省农业农村厅、省商务厅、省文化和旅游厅、省卫生健康委、省应急管理厅、省营商环境局",
  fn: HLJAI_SCENARIO_GRANT,
  oneTime: { kind: "row" },
});
