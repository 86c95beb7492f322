/** BJ-ROBOT-09: innovative products first trialled in Beijing–Tianjin–Hebei, per product and per year (spec §4.5). */
import { perItemCapUnderRoom } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amounts, receivedToDate } from "../../builders/params";
import { NONE } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「单台（套）产品最高 50 万元」. */
  perUnitCap: 500_000,
  /** 「每家企业年度奖励最高 200 万元」: shared with this year's earlier receipts. */
  annualCap: 2_000_000,
};

export const BJ_FIRST_TRIAL_AWARD = clauseFunction({
  name: "BJ_FIRST_TRIAL_AWARD",
  params: [
    amounts(
      "requested_amounts",
      { en: "Amounts requested per product", zh: "各产品申请金额" },
      { role: { kind: "base" } }
    ),
    receivedToDate({ en: "Received this year", zh: "本年度已获奖励" }, "annual"),
  ],
  constants,
  shape: perItemCapUnderRoom({
    itemsParam: "requested_amounts",
    itemLabel: { en: "Product", zh: "产品" },
  }),
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-09",
  document: "BJ-ROBOT",
  numberAsWritten: "三（九）",
  category: "first-set",
  type: "Q",
  quotes: [
    "对企业研制创新产品过程中未获得财政资金支持、并在京津冀地区首次试用的创新产品予以奖励，单台（套）产品最高 50 万元，每家企业年度奖励最高 200 万元。",
    "创新产品商业化定型后推荐纳入市级重大装备首台（套）应用推广目录。",
  ],
  summary: (c) => ({
    en: `Innovative products that got no fiscal funding during development and are trialled for the first time in BTH are rewarded: up to ${grouped(c.perUnitCap)} yuan per unit/set and up to ${grouped(c.annualCap)} yuan per enterprise per year. Once commercialised they are recommended to the municipal first-set catalogue.`,
    zh: `研制过程中未获财政资金支持、在京津冀地区首次试用的创新产品予以奖励，单台（套）最高${wan(c.perUnitCap)}，每家企业年度最高${wan(c.annualCap)}；商业化定型后推荐纳入市级重大装备首台（套）应用推广目录。`,
  }),
  departments: NONE,
  fn: BJ_FIRST_TRIAL_AWARD,
  oneTime: { kind: "ranges" },
});
