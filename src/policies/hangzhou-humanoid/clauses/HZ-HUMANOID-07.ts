/** HZ-HUMANOID-07: pilot-verification and application-promotion service platforms, paid by progress. */
import { phasedRateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照不超过实际投入30%的标准」: the default and the maximum of `rate`. */
  rate: 0.3,
  /** 「单个平台最高补助5000万元」: per platform, over all years. */
  cap: 50_000_000,
};

export const HZ_PILOT_PLATFORM_SUBSIDY = clauseFunction({
  name: "HZ_PILOT_PLATFORM_SUBSIDY",
  params: [
    amount(
      "cumulative_actual_investment",
      { en: "Cumulative actual investment", zh: "累计实际投入" },
      { role: { kind: "base" } }
    ),
    amount(
      "paid_in_prior_years",
      { en: "Paid in earlier years", zh: "以前年度已拨付" },
      {
        default: 0,
        role: { kind: "paid" },
      }
    ),
    rate(
      "rate",
      { en: "Subsidy rate", zh: "补助比例" },
      { default: constants.rate, max: constants.rate }
    ),
  ],
  constants,
  shape: phasedRateCapped({
    base: {
      param: "cumulative_actual_investment",
      label: { en: "Cumulative actual investment", zh: "累计实际投入" },
    },
    paidParam: "paid_in_prior_years",
    rateParam: "rate",
  }),
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-07",
  document: "HZ-HUMANOID",
  numberAsWritten: "七",
  category: "pilot-platform",
  type: "Q",
  quotes: [
    "整合行业龙头企业、科研机构等力量,建设人形机器人中试验证及应用推广服务平台,按照不超过实际投入30%的标准、根据实际投入进度分年度予以补助,单个平台最高补助5000万元。",
  ],
  summary: (c) => ({
    en: `A humanoid pilot-verification and application-promotion service platform receives ≤ ${percent(c.rate)} of actual investment, paid yearly according to investment progress, up to ${grouped(c.cap)} yuan per platform.`,
    zh: `人形机器人中试验证及应用推广服务平台，按不超过实际投入${percent(c.rate)}的标准、根据投入进度分年度补助，单个平台最高${wan(c.cap)}。`,
  }),
  departments: "市经信局",
  fn: HZ_PILOT_PLATFORM_SUBSIDY,
  oneTime: { kind: "phases" },
});
