/** HLJ-ROBOT-12: provincial first-set (首台套) products, per unit/set and per enterprise-year caps (spec §4.1). */
import { type PerItemRoomConstants, perItemCapUnderRoom } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amounts, receivedToDate } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「首台（套）产品价值50万元以上的」. */
  threshold: 500_000,
  /** 「以上」 includes the threshold. */
  thresholdOp: ">=",
  /** 「按单台（套）产品实际成交价的50%给予一次性奖励」. */
  rate: 0.5,
  /** 「单台（套）奖励上限200万元」. */
  perUnitCap: 2_000_000,
  /** 「每户企业每年奖励合计不超过500万元」. */
  annualCap: 5_000_000,
} satisfies PerItemRoomConstants;

export const HLJ_FIRST_SET_AWARD = clauseFunction({
  name: "HLJ_FIRST_SET_AWARD",
  params: [
    amounts("unit_prices", { en: "Unit prices", zh: "单台套成交价" }, { role: { kind: "base" } }),
    // 「每户企业每年」: the cap counts the same year's awards.
    receivedToDate({ en: "Received this year", zh: "本年度已获奖励" }, "annual"),
  ],
  constants,
  shape: perItemCapUnderRoom({
    itemsParam: "unit_prices",
    itemLabel: { en: "Product", zh: "产品" },
  }),
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-12",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（三）12",
  category: "first-set",
  type: "Q",
  quotes: [
    "对获得省首台（套）产品认定的研制企业，首台（套）产品价值50万元以上的，按单台（套）产品实际成交价的50%给予一次性奖励，单台（套）奖励上限200万元；有多个产品的，每户企业每年奖励合计不超过500万元。",
  ],
  summary: (c) => ({
    en: `Developers of products recognised as provincial first-of-a-kind (首台套) equipment, where the product value is ≥ ${grouped(c.threshold)} yuan, receive a one-time ${percent(c.rate)} of the actual transaction price of one unit/set. The cap is ${grouped(c.perUnitCap)} yuan per unit/set and ${grouped(c.annualCap)} yuan per enterprise per year across products.`,
    zh: `获省首台（套）产品认定的研制企业，产品价值${wan(c.threshold)}以上的，按单台（套）实际成交价的${percent(c.rate)}给予一次性奖励，单台（套）上限${wan(c.perUnitCap)}；多个产品的，每户企业每年合计不超过${wan(c.annualCap)}。`,
  }),
  departments: "省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_FIRST_SET_AWARD,
  oneTime: { kind: "ranges" },
});
