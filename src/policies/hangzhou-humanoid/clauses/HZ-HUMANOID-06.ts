/** HZ-HUMANOID-06: award for each selected demonstration application scenario. */
import { rateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按实际投入的50%」. */
  rate: 0.5,
  /** 「予以最高200万元的奖励」: per scenario. */
  cap: 2_000_000,
};

export const HZ_SCENARIO_AWARD = clauseFunction({
  name: "HZ_SCENARIO_AWARD",
  params: [
    amount(
      "actual_investment",
      { en: "Actual investment", zh: "场景实际投入" },
      {
        role: { kind: "base" },
      }
    ),
  ],
  constants,
  shape: rateCapped({
    param: "actual_investment",
    label: { en: "Actual investment", zh: "实际投入" },
  }),
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-06",
  document: "HZ-HUMANOID",
  numberAsWritten: "六",
  category: "scenario",
  type: "Q",
  quotes: [
    "每年评选5个人形机器人示范应用场景,对单个示范应用场景按实际投入的50%、予以最高200万元的奖励。",
  ],
  summary: (c) => ({
    en: `5 demonstration application scenarios are selected each year. Each receives ${percent(c.rate)} of actual investment, up to ${grouped(c.cap)} yuan.`,
    zh: `每年评选5个人形机器人示范应用场景，单个场景按实际投入的${percent(c.rate)}给予最高${wan(c.cap)}奖励。`,
  }),
  departments:
    "市经信局、市建委、市公安局、市教育局、市文化广电旅游局、市商务局、市综合执法局(市城管局)、市卫生健康委员会、市交通运输局、市应急管理局、市民政局、市国资委,各区、县(市)政府",
  fn: HZ_SCENARIO_AWARD,
  oneTime: { kind: "row" },
});
