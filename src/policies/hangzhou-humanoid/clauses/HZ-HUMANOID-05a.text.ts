/** HZ-HUMANOID-05a's prose: the sales threshold and the award read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HZ_CHAIN_ENTRY_AWARD } from "./HZ-HUMANOID-05a";

export const text = clauseText<typeof HZ_CHAIN_ENTRY_AWARD>("HZ_CHAIN_ENTRY_AWARD", (c) => ({
  description: {
    en: `Hangzhou one-time award for entering a non-affiliated Fortune Global 500 / China Top 500 buyer's procurement catalogue (HZ-HUMANOID-05a): ${grouped(c.award)} yuan if sales exceed ${grouped(c.salesThreshold)} yuan in each of two consecutive years.`,
    zh: `杭州产品进入非关联世界500强、中国500强企业采购目录的一次性奖励（HZ-HUMANOID-05a）：连续两年销售额均超过${wan(c.salesThreshold)}的，奖励${wan(c.award)}。`,
  },
  formula: {
    en: `${grouped(c.award)} if sales in year 1 > ${grouped(c.salesThreshold)} and sales in year 2 > ${grouped(c.salesThreshold)}; otherwise 0. One-time.`,
    zh: `两年销售额均超过${wan(c.salesThreshold)}时奖励${wan(c.award)}，否则为0。一次性。`,
  },
  params: {
    sales_year1: {
      en: `Sales in the first of the two consecutive years of the products admitted to the buyer's procurement catalogue, in yuan. Must exceed ${grouped(c.salesThreshold)} (「超过」: ${grouped(c.salesThreshold)} itself does not qualify).`,
      zh: `连续两年中第一年进入采购目录产品的销售额，元。须超过${wan(c.salesThreshold)}（「超过」不含本数）。`,
    },
    sales_year2: {
      en: `The same, for the second year; must also exceed ${grouped(c.salesThreshold)}.`,
      zh: `第二年的同口径销售额，元；同样须超过${wan(c.salesThreshold)}。`,
    },
  },
  ambiguities: [
    {
      issue: { en: "「销售额」", zh: "「销售额」" },
      chosen: {
        en: "Sales of the catalogued products to the 500-strong buyer(s), which is the purpose of the clause.",
        zh: "列入采购目录的产品向该500强采购企业的销售额，符合本条的政策目的。",
      },
      alternative: {
        en: "The firm's total sales: enter total sales instead.",
        zh: "企业全部销售额：改为填写销售总额即可。",
      },
    },
  ],
  // Expected values from the policy text, never from the code: 「均超过1000万元…一次性奖励100万元」.
  examples: [
    {
      args: [12_000_000, 15_000_000],
      expect: 1_000_000,
      arithmetic: "both > 10,000,000 → 1,000,000",
      note: "fixed = cap",
    },
    {
      args: [10_000_000, 25_000_000],
      expect: 0,
      arithmetic: "10,000,000 is not > 10,000,000",
      note: "below threshold",
    },
    {
      args: [9_000_000, 30_000_000],
      expect: 0,
      arithmetic: "year 1 9,000,000 is too low",
      note: "below threshold",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-05a",
  because: "给予人形机器人企业一次性奖励100万元",
};
