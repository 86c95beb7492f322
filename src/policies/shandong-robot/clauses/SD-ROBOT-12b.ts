/** SD-ROBOT-12b: model vouchers (模型券): a fixed-amount subsidy up to a cap per qualifying large-model product. */
import { upToCap } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { DEPARTMENTS } from "../departments";
import { requested } from "../requested";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「单个产品给予最高100万元的定额补贴」. */
  cap: 1_000_000,
};

export const SD_MODEL_VOUCHER = clauseFunction({
  name: "SD_MODEL_VOUCHER",
  params: [requested("requested")],
  constants,
  shape: upToCap("requested"),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-12b",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）5",
  category: "model",
  type: "Q",
  quotes: ["对符合条件的大模型产品进行奖补，单个产品给予最高100万元的定额补贴；"],
  summary: (c) => ({
    en: `Model voucher: a fixed-amount subsidy of up to ${grouped(c.cap)} yuan per qualifying large-model product.`,
    zh: `“模型券”：符合条件的大模型产品，单个产品最高${wan(c.cap)}定额补贴。`,
  }),
  departments: DEPARTMENTS.m12,
  fn: SD_MODEL_VOUCHER,
  oneTime: { kind: "annual" },
});
