/** BJ-ROBOT-13b: financial leasing of key robot equipment, at a fee rate under an annual cap (spec §4.5). */
import { financingCostUnderRoom } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, receivedToDate } from "../../builders/params";
import { rateAtMost } from "../../builders/rate-at-most";
import { NONE } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照不超过 5%的费率予以支持」: the default and the maximum of the rate argument. */
  rate: 0.05,
  /** 「企业年度补贴额最高 1000 万元」: per enterprise, shared with this year's earlier receipts. */
  cap: 10_000_000,
};

export const BJ_LEASING_SUBSIDY = clauseFunction({
  name: "BJ_LEASING_SUBSIDY",
  params: [
    amount(
      "lease_financing_amount",
      { en: "Lease financing amount", zh: "融资租赁融资额" },
      { role: { kind: "base" } }
    ),
    rateAtMost("rate", { en: "Subsidy rate", zh: "补贴费率" }, constants.rate),
    receivedToDate({ en: "Received this year", zh: "本年度已获补贴" }, "annual"),
    amount(
      "actual_cost_paid",
      { en: "Leasing costs actually paid", zh: "实际支付租赁费用" },
      { optional: true }
    ),
  ],
  constants,
  shape: financingCostUnderRoom({
    base: {
      param: "lease_financing_amount",
      label: { en: "Lease financing amount", zh: "融资租赁融资额" },
    },
    rateParam: "rate",
    costParam: "actual_cost_paid",
    room: { label: L.annualRoom },
  }),
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-13b",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十三）",
  category: "leasing",
  type: "Q",
  quotes: [
    "对符合条件的关键机器人设备等融资租赁项目，按照不超过 5%的费率予以支持，企业年度补贴额最高 1000 万元。",
  ],
  summary: (c: typeof constants) => ({
    en: `Financial-leasing projects for key robot equipment are supported at a rate of ≤ ${percent(c.rate)}, up to ${grouped(c.cap)} yuan per enterprise per year.`,
    zh: `符合条件的关键机器人设备等融资租赁项目，按不超过${percent(c.rate)}的费率予以支持，企业年度补贴最高${wan(c.cap)}。`,
  }),
  departments: NONE,
  fn: BJ_LEASING_SUBSIDY,
  oneTime: { kind: "annual" },
});
