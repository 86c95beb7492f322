/** SD-ROBOT-11c: R&D post-subsidy at the rules' tier rate (not stated: an argument), under an annual cap per enterprise. */
import { rateUnderRoom } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate, receivedToDate } from "../../builders/params";
import { DEPARTMENTS } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「单个企业年度最高补助500万元」. */
  cap: 5_000_000,
};

export const SD_RD_SUBSIDY = clauseFunction({
  name: "SD_RD_SUBSIDY",
  params: [
    amount("rd_investment", { en: "R&D investment", zh: "研发投入" }, { role: { kind: "base" } }),
    // 「按相关规定给予分档分类后补助」: the tiers are not in the text (Q-R), so the rate is required.
    rate("rate", { en: "Subsidy rate", zh: "补助比例" }),
    receivedToDate({ en: "Received this year", zh: "本年度已获后补助" }, "annual"),
  ],
  constants,
  shape: rateUnderRoom(
    { param: "rd_investment", label: { en: "R&D investment", zh: "研发投入" } },
    { label: L.annualRoom },
    "rate"
  ),
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-11c",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）4",
  category: "R&D",
  type: "Q-R",
  quotes: [
    "支持机器人企业加大研发投入，按相关规定给予分档分类后补助，单个企业年度最高补助500万元。",
  ],
  summary: (c) => ({
    en: `R&D post-subsidy, tiered and categorised under the relevant rules, up to ${grouped(c.cap)} yuan per enterprise per year.`,
    zh: `按相关规定对机器人企业研发投入给予分档分类后补助，单个企业年度最高${wan(c.cap)}。`,
  }),
  departments: DEPARTMENTS.m11,
  fn: SD_RD_SUBSIDY,
  oneTime: { kind: "annual" },
});
