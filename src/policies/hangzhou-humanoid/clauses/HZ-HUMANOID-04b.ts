/** HZ-HUMANOID-04b: new investment projects whose enterprise becomes above-designated-size within 2 years. */
import { netRateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate } from "../../builders/params";
import { DEPT, excludedAssets } from "../shared";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「不高于实际投资总额(…)的30%」: the default and the maximum of `rate`. */
  rate: 0.3,
  /** 「最高5000万元的补助」. */
  cap: 50_000_000,
};

export const HZ_NEW_INVESTMENT_SUBSIDY = clauseFunction({
  name: "HZ_NEW_INVESTMENT_SUBSIDY",
  params: [
    amount(
      "actual_total_investment",
      { en: "Total actual investment", zh: "实际投资总额" },
      {
        role: { kind: "base" },
      }
    ),
    excludedAssets,
    rate(
      "rate",
      { en: "Subsidy rate", zh: "补助比例" },
      { default: constants.rate, max: constants.rate }
    ),
  ],
  constants,
  shape: netRateCapped(
    {
      param: "actual_total_investment",
      label: { en: "Actual total investment (gross)", zh: "实际投资总额（毛额）" },
    },
    [
      {
        param: "excluded_assets",
        label: { en: "Less land, buildings and used equipment", zh: "扣除土地、厂房、旧设备" },
      },
    ],
    "rate"
  ),
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-04b",
  document: "HZ-HUMANOID",
  numberAsWritten: "四",
  category: "investment",
  type: "Q",
  quotes: [
    "对2年内成为规上企业的新增投资项目,给予不高于实际投资总额(不含土地、厂房、旧设备等)的30%、最高5000万元的补助。",
  ],
  summary: (c) => ({
    en: `A new investment project whose enterprise becomes an above-designated-size (规上) enterprise within 2 years receives ≤ ${percent(c.rate)} of actual total investment (excluding land, buildings, used equipment), up to ${grouped(c.cap)} yuan.`,
    zh: `2年内成为规上企业的新增投资项目，给予不高于实际投资总额（不含土地、厂房、旧设备等）${percent(c.rate)}的补助，最高${wan(c.cap)}。`,
  }),
  departments: DEPT.m4,
  fn: HZ_NEW_INVESTMENT_SUBSIDY,
  oneTime: { kind: "row" },
});
