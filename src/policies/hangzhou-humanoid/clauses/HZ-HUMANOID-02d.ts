/**
 * HZ-HUMANOID-02d: R&D support on the annual total or increment (Q-R). The text states neither rate nor
 * cap, so there are no constants: both are the user's arguments.
 */
import { rateWithOptionalCap, totalOrIncrement } from "../../../engine/shapes";
import { quantitativeClause } from "../../builders/clause";
import { amount, code, rate } from "../../builders/params";
import { DEPT } from "../shared";
import { clauseFunction } from "../../builders/function";

/** The total or the increment, at the user's rate, under the user's cap when one is entered. */
const rdSubsidy = rateWithOptionalCap(
  totalOrIncrement({
    current: { param: "rd_current_year", label: { en: "R&D this year", zh: "本年度研发投入" } },
    priorParam: "rd_prior_year",
    codeParam: "basis",
    incrementCode: "INCREMENT",
    incrementLabel: { en: "Increment over the prior year", zh: "比上年增量" },
  }),
  { rateParam: "rate", capParam: "cap" }
);

export const HZ_RD_SUBSIDY = clauseFunction({
  name: "HZ_RD_SUBSIDY",
  params: [
    amount(
      "rd_current_year",
      { en: "R&D this year", zh: "本年度研发投入" },
      { role: { kind: "base" } }
    ),
    rate("rate", { en: "Support rate", zh: "支持比例" }),
    code(
      "basis",
      { en: "Basis", zh: "计算基数" },
      [
        {
          value: "TOTAL",
          aliases: ["总量"],
          label: { en: "Annual R&D total", zh: "年研发投入总量" },
        },
        {
          value: "INCREMENT",
          aliases: ["增量"],
          label: {
            en: "Annual R&D increment over the prior year",
            zh: "年研发投入增量（比上年增加额）",
          },
        },
      ],
      { default: "TOTAL" }
    ),
    amount(
      "rd_prior_year",
      { en: "R&D prior year", zh: "上年度研发投入" },
      {
        optional: true,
        role: { kind: "previous", of: "rd_current_year" },
      }
    ),
    amount("cap", { en: "Annual cap", zh: "年度补助上限" }, { optional: true }),
  ],
  constants: {},
  shape: rdSubsidy,
  readings: [{ param: "basis", values: ["TOTAL", "INCREMENT"] }],
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-02d",
  document: "HZ-HUMANOID",
  numberAsWritten: "二",
  category: "R&D",
  type: "Q-R",
  quotes: ["对人形机器人企业,按年研发投入总量或增量给予政策支持。"],
  // No constants to template: the text gives no number.
  summary: () => ({
    en: "Humanoid robot firms receive policy support based on annual R&D total or R&D increment. No rate and no cap are given.",
    zh: "对人形机器人企业按年研发投入总量或增量给予政策支持；未规定比例和上限。",
  }),
  departments: DEPT.m2,
  fn: HZ_RD_SUBSIDY,
  oneTime: { kind: "annual" },
});
