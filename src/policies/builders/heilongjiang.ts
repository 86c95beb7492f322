/**
 * The twin clauses of HLJ-ROBOT and HLJ-AI (runtime). Spec §5.2 declares five HLJ-AI functions identical to
 * their HLJ-ROBOT counterparts in parameters, algorithm and ambiguities (HLJAI_RD_SUBSIDY / HLJ_RD_SUBSIDY,
 * HLJAI_PILOT_PLATFORM_GRANT / HLJ_PILOT_PLATFORM_GRANT, HLJAI_DATASET_SUBSIDY / HLJ_DATASET_GRANT,
 * HLJAI_DATA_VOUCHER / HLJ_DATA_VOUCHER, HLJAI_LAUNCH_EVENT_SUBSIDY / HLJ_LAUNCH_EVENT_SUBSIDY). Each builder
 * holds the shared parameter table and formula; the clause record passes its name and its own `constants`
 * (every policy number comes from the record's own sentence). The prose of the twins is built in
 * `heilongjiang.text.ts`. Also the 「原则上」 per-project cap that HLJ-ROBOT-05 and HLJ-AI-09b share.
 */
import type { ClauseFunction, NamedArgs, ParamSpec, Text } from "../../catalog/types";
import {
  type RdPostSubsidyConstants,
  type RdPostSubsidyParam,
  rateCapped,
  rateUnderRoom,
  rdPostSubsidy,
  upToCap,
} from "../../engine/shapes";
import { L } from "../../engine/labels";
import { grouped, wan } from "../../format/money";
import { clauseFunction } from "./function";
import { amount, code, rate, receivedToDate } from "./params";

/** A rate and a cap: 「按…的r，最高X」. */
export type RateCap = { rate: number; cap: number };

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-01 / HLJ-AI-03: R&D post-subsidy, base ratios raised by 50%, cumulative cap
// ---------------------------------------------------------------------------------------------------

/** The shape reads these names; the twin records declare exactly them. */
export type { RdPostSubsidyParam };

export const rdPostSubsidyFunction = (
  name: string,
  constants: RdPostSubsidyConstants
): ClauseFunction<RdPostSubsidyConstants, RdPostSubsidyParam> =>
  clauseFunction({
    name,
    params: [
      amount(
        "rd_last_year",
        { en: "R&D last year", zh: "上年度研发投入" },
        { role: { kind: "base" } }
      ),
      amount(
        "rd_prior_year",
        { en: "R&D the year before", zh: "再上一年度研发投入" },
        { role: { kind: "previous", of: "rd_last_year" } }
      ),
      rate("base_stock_ratio", { en: "Base stock ratio", zh: "存量基础比例" }),
      rate("base_increment_ratio", { en: "Base increment ratio", zh: "增量基础比例" }),
      // The cap counts receipts over the policy term (「累计最高」).
      receivedToDate({ en: "Received in the policy period", zh: "政策期内已获补助" }, "cumulative"),
      code(
        "stock_basis",
        { en: "Stock basis", zh: "存量增量口径" },
        [
          {
            value: "SPLIT",
            aliases: ["拆分"],
            label: {
              en: "Split last year's R&D into stock + increment",
              zh: "上年度研发投入拆分为存量与增量",
            },
          },
          {
            value: "TOTAL",
            aliases: ["全额"],
            label: {
              en: "Stock = all of last year's R&D, increment on top",
              zh: "存量按上年度全额，增量另计",
            },
          },
        ],
        { default: "SPLIT" }
      ),
      amount(
        "base_annual_cap",
        { en: "Base annual cap", zh: "基础政策年度上限" },
        { optional: true }
      ),
    ],
    constants,
    derivedConstants: { uplift: "「给予基础比例上浮50%的补助支持」: the base ratios × (1 + 50%)" },
    shape: rdPostSubsidy,
    readings: [{ param: "stock_basis", values: ["SPLIT", "TOTAL"] }],
  });

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-04 / HLJ-AI-04: concept-verification / pilot platforms, rate of total investment, capped
// ---------------------------------------------------------------------------------------------------

export type PilotPlatformParam = "total_investment" | "rate";

export const pilotPlatformGrantFunction = (
  name: string,
  constants: RateCap
): ClauseFunction<RateCap, PilotPlatformParam> =>
  clauseFunction({
    name,
    params: [
      amount(
        "total_investment",
        { en: "Total investment", zh: "总投资额" },
        { role: { kind: "base" } }
      ),
      // 「根据绩效评价结果」 grades the rate (Revision 2): the text's rate is its maximum and default.
      rate(
        "rate",
        { en: "Grant rate", zh: "资助比例" },
        { default: constants.rate, max: constants.rate }
      ),
    ],
    constants,
    shape: rateCapped(
      { param: "total_investment", label: { en: "Total investment", zh: "总投资额" } },
      "rate"
    ),
  });

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-11 / HLJ-AI-11b: first-launch / first-show / first-exhibition events
// ---------------------------------------------------------------------------------------------------

export type LaunchEventParam = "actual_cost";

export const launchEventSubsidyFunction = (
  name: string,
  constants: RateCap
): ClauseFunction<RateCap, LaunchEventParam> =>
  clauseFunction({
    name,
    params: [
      amount("actual_cost", { en: "Actual cost", zh: "活动实际费用" }, { role: { kind: "base" } }),
    ],
    constants,
    shape: rateCapped({ param: "actual_cost", label: { en: "Actual cost", zh: "实际发生费用" } }),
  });

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13a / HLJ-AI-06a: high-quality datasets, up to a cap
// ---------------------------------------------------------------------------------------------------

export type DatasetParam = "requested";

export const datasetGrantFunction = (
  name: string,
  constants: { cap: number }
): ClauseFunction<{ cap: number }, DatasetParam> =>
  clauseFunction({
    name,
    params: [
      amount(
        "requested",
        { en: "Amount requested", zh: "申请金额" },
        { default: constants.cap, role: { kind: "request" } }
      ),
    ],
    constants,
    shape: upToCap("requested"),
    upTo: true,
  });

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13b / HLJ-AI-06c: the one 「数据券」 scheme, annual cap shared by both clauses
// ---------------------------------------------------------------------------------------------------

export type DataVoucherParam = "annual_transaction_amount" | "received_to_date";

export const dataVoucherFunction = (
  name: string,
  constants: RateCap
): ClauseFunction<RateCap, DataVoucherParam> =>
  clauseFunction({
    name,
    params: [
      amount(
        "annual_transaction_amount",
        { en: "Annual data transactions", zh: "年度数据交易金额" },
        { role: { kind: "base" } }
      ),
      // 「年度补贴最高」: the cap counts the same year's vouchers.
      receivedToDate({ en: "Received this year", zh: "本年度已获数据券" }, "annual"),
    ],
    constants,
    shape: rateUnderRoom(
      {
        param: "annual_transaction_amount",
        label: { en: "Annual data transactions", zh: "年度数据交易金额" },
      },
      { label: L.annualRoom }
    ),
  });

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-05 / HLJ-AI-09b: 「原则上单个项目支持金额不超过5000万元」
// ---------------------------------------------------------------------------------------------------

/** The `cap` parameter of a 「原则上」 per-project cap: the policy cap by default, an approved exception entered. */
export const inPrincipleCap = (cap: number): ParamSpec<"cap"> => ({
  ...amount("cap", { en: "Per-project cap", zh: "单个项目支持上限" }, { default: cap }),
  inPrinciple: true,
});

/**
 * The `remarks` of a clause with an `inPrincipleCap` (Revision 2): a cap entered above the text's figure is
 * computed as given, and said in words, so the award is never read as the text's own ceiling.
 */
export function inPrincipleCapRemarks(args: NamedArgs, c: { cap: number }): Text[] {
  const entered = args.cap as number;
  if (entered <= c.cap) return [];
  return [
    {
      en: `cap ${grouped(entered)} is above the ${grouped(c.cap)} the text sets 原则上: an approved exception is assumed`,
      zh: `上限${grouped(entered)}元高于原文“原则上”规定的${wan(c.cap)}：按已获批的例外计算`,
    },
  ];
}
