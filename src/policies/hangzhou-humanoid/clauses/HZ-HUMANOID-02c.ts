/** HZ-HUMANOID-02c: MIIT 「揭榜挂帅」 / high-quality-development projects and Zhejiang pilot-zone specials. */
import { netRateCapped } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount } from "../../builders/params";
import { DEPT, excludedAssets } from "../shared";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「实际投资总额(…)的50%」. */
  rate: 0.5,
  /** 「最高300万元的补助」. */
  cap: 3_000_000,
};

export const HZ_FLAGSHIP_PROJECT_SUBSIDY = clauseFunction({
  name: "HZ_FLAGSHIP_PROJECT_SUBSIDY",
  params: [
    amount(
      "total_investment",
      { en: "Total actual investment", zh: "实际投资总额" },
      {
        role: { kind: "base" },
      }
    ),
    excludedAssets,
    amount(
      "support_funds_received",
      { en: "Support funds received", zh: "已获扶持资金" },
      {
        default: 0,
      }
    ),
  ],
  constants,
  shape: netRateCapped(
    {
      param: "total_investment",
      label: { en: "Actual total investment (gross)", zh: "实际投资总额（毛额）" },
    },
    [
      {
        param: "excluded_assets",
        label: { en: "Less land, buildings and used equipment", zh: "扣除土地、厂房、旧设备" },
      },
      {
        param: "support_funds_received",
        label: {
          en: "Less national, provincial and municipal support funds",
          zh: "扣除已获国家、省、市扶持资金",
        },
      },
    ]
  ),
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-02c",
  document: "HZ-HUMANOID",
  numberAsWritten: "二",
  category: "key-tech",
  type: "Q",
  quotes: [
    "对承担工业和信息化部人形机器人“揭榜挂帅”项目和高质量发展专项、省经信厅未来产业先导区财政激励专项的企业,给予企业实际投资总额(包含研发投入及相关固定资产投资,不含土地、厂房、旧设备及获得的国家、省、市相关扶持资金)的50%、最高300万元的补助。",
  ],
  summary: (c) => ({
    en: `Firms undertaking an MIIT humanoid "unveil-the-list" project or high-quality-development special, or the Zhejiang Economy & IT Dept. future-industry pilot-zone incentive, receive ${percent(c.rate)} of actual total investment, up to ${grouped(c.cap)} yuan. Investment here means R&D plus related fixed assets, excluding land, buildings, used equipment, and national/provincial/municipal support funds.`,
    zh: `承担工信部人形机器人“揭榜挂帅”项目和高质量发展专项、省经信厅未来产业先导区财政激励专项的企业，按实际投资总额的${percent(c.rate)}给予补助，最高${wan(c.cap)}；投资总额含研发投入及相关固定资产投资，不含土地、厂房、旧设备及已获国家、省、市相关扶持资金。`,
  }),
  departments: DEPT.m2,
  fn: HZ_FLAGSHIP_PROJECT_SUBSIDY,
  oneTime: { kind: "row" },
});
