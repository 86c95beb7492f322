/** HZ-HUMANOID-05a: one-time award for entering a Fortune Global 500 / China Top 500 buyer's catalogue. */
import { L } from "../../../engine/labels";
import { type Condition, fixedConstant, gated } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { DEPT } from "../shared";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「连续两年销售额均超过1000万元」: exclusive (「超过」), each year. */
  salesThreshold: 10_000_000,
  /** 「给予人形机器人企业一次性奖励100万元」. */
  award: 1_000_000,
};

const aboveThreshold = <N extends string>(
  param: N,
  en: string,
  zh: string
): Condition<"salesThreshold", N> => ({
  param,
  label: {
    en: `${en} sales above the threshold (「超过」: >)`,
    zh: `${zh}销售额超过门槛（「超过」不含本数）`,
  },
  op: ">",
  limit: "salesThreshold",
});

/** Both years are tested and shown even when the first falls short (「连续两年…均超过」). */
const chainEntryAward = gated(
  [
    aboveThreshold("sales_year1", "Year 1", "第一年"),
    aboveThreshold("sales_year2", "Year 2", "第二年"),
  ],
  fixedConstant("award", L.fixedAward),
  { testAll: true }
);

export const HZ_CHAIN_ENTRY_AWARD = clauseFunction({
  name: "HZ_CHAIN_ENTRY_AWARD",
  params: [
    amount(
      "sales_year1",
      { en: "Sales, first year", zh: "首年销售额" },
      { role: { kind: "base" } }
    ),
    amount("sales_year2", { en: "Sales, second year", zh: "次年销售额" }),
  ],
  constants,
  shape: chainEntryAward,
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-05a",
  document: "HZ-HUMANOID",
  numberAsWritten: "五",
  category: "revenue-milestone",
  type: "Q",
  quotes: [
    "支持打造人形机器人产业链,人形机器人企业产品进入非关联的世界500强、中国500强企业采购目录,且连续两年销售额均超过1000万元的,给予人形机器人企业一次性奖励100万元。",
  ],
  summary: (c) => ({
    en: `A firm whose products enter the procurement catalogue of a non-affiliated Fortune Global 500 or China Top 500 enterprise, with sales above ${grouped(c.salesThreshold)} yuan in each of two consecutive years, gets a one-time ${grouped(c.award)} yuan award.`,
    zh: `产品进入非关联的世界500强、中国500强企业采购目录，且连续两年销售额均超过${wan(c.salesThreshold)}的，给予一次性奖励${wan(c.award)}。`,
  }),
  departments: DEPT.m5,
  fn: HZ_CHAIN_ENTRY_AWARD,
  oneTime: { kind: "row" },
});
