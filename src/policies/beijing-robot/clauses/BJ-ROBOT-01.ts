/** BJ-ROBOT-01: the 「筑基」 key-technology tackling grant, by tackling investment at a rate the text leaves open (spec §4.5). */
import { rateWithOptionalCap } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate } from "../../builders/params";
import { NONE } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「根据攻关投入予以支持，最高 3000 万元。」 (no rate stated: Q-R). */
  cap: 30_000_000,
};

export const BJ_KEYTECH_GRANT = clauseFunction({
  name: "BJ_KEYTECH_GRANT",
  params: [
    amount(
      "tackling_investment",
      { en: "Tackling investment", zh: "攻关投入" },
      { role: { kind: "base" } }
    ),
    rate("rate", { en: "Support rate", zh: "支持比例" }),
  ],
  constants,
  shape: rateWithOptionalCap(
    { param: "tackling_investment", label: { en: "Tackling investment", zh: "攻关投入" } },
    { rateParam: "rate" }
  ),
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-01",
  document: "BJ-ROBOT",
  numberAsWritten: "一（一）",
  category: "key-tech",
  type: "Q-R",
  quotes: [
    "组织实施机器人产业“筑基”工程，发布产业关键技术攻关清单",
    "根据攻关投入予以支持，最高 3000 万元。",
  ],
  summary: (c) => ({
    en: `The "foundation" project: consortia tackle bottleneck technologies (robot OS, chips, servo motors, reducers, controllers, sensors, AI / multimodal models) through unveil-the-list. Support is based on the R&D investment in the tackling, up to ${grouped(c.cap)} yuan.`,
    zh: `实施机器人产业“筑基”工程：支持企业组建联合体，通过“揭榜挂帅”攻关操作系统、芯片、伺服电机、减速器、控制器、传感器及人工智能、多模态大模型等技术；根据攻关投入予以支持，最高${wan(c.cap)}。`,
  }),
  departments: NONE,
  fn: BJ_KEYTECH_GRANT,
  oneTime: { kind: "row" },
});
