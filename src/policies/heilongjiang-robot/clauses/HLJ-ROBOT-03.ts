/** HLJ-ROBOT-03: provincial key R&D programme projects → research funding within a band (spec §4.1). */
import { rangeBand } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「给予500万元-1000万元科研攻关资金支持」: the lower end of the band. */
  floor: 5_000_000,
  /** The same words: the upper end. */
  cap: 10_000_000,
};

export const HLJ_KEYTECH_GRANT = clauseFunction({
  name: "HLJ_KEYTECH_GRANT",
  params: [
    amount(
      "requested_amount",
      { en: "Amount requested", zh: "申请资金" },
      { role: { kind: "base" } }
    ),
  ],
  constants,
  shape: rangeBand("requested_amount"),
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-03",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（一）3",
  category: "key-tech",
  type: "Q",
  quotes: [
    "支持智能机器人企业申报省重点研发计划",
    "对符合条件的项目给予500万元-1000万元科研攻关资金支持。",
  ],
  summary: (c) => ({
    en: `Qualifying projects under the provincial key R&D program (robot chips, controllers, sensors, companion large models, core software and algorithms, robot bodies and integration) receive ${grouped(c.floor)}–${grouped(c.cap)} yuan of research funding.`,
    zh: `省重点研发计划中符合条件的智能机器人项目（专用芯片、控制器、传感器，配套大模型、核心软件及算法，本体制造与集成等），给予${wan(c.floor)}-${wan(c.cap)}科研攻关资金支持。`,
  }),
  departments:
    "省发展改革委、省工业和信息化厅、省科技厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_KEYTECH_GRANT,
  oneTime: { kind: "row" },
});
