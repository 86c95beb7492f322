/** HZ-HUMANOID-05b: award for purchasing components from non-affiliated enterprises, capped each year. */
import { thresholdRateUnderRoom } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, receivedToDate } from "../../builders/params";
import { DEPT } from "../shared";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「年度采购量达100万元的」. */
  threshold: 1_000_000,
  /** 「达」 includes the number (民法典 art. 1259). */
  thresholdOp: ">=" as const,
  /** 「按年度采购量的10%予以奖励」. */
  rate: 0.1,
  /** 「单家企业每年最高奖励500万元」: per enterprise per year. */
  cap: 5_000_000,
};

export const HZ_COMPONENT_PURCHASE_AWARD = clauseFunction({
  name: "HZ_COMPONENT_PURCHASE_AWARD",
  params: [
    amount(
      "annual_purchase",
      { en: "Annual purchases", zh: "年度采购金额" },
      {
        role: { kind: "base" },
      }
    ),
    receivedToDate({ en: "Received this year", zh: "本年度已获奖励" }, "annual"),
  ],
  constants,
  shape: thresholdRateUnderRoom(
    {
      param: "annual_purchase",
      label: { en: "Annual component purchases", zh: "年度零部件采购额" },
    },
    { label: L.annualRoom },
    {
      en: "Annual purchases reach the threshold (「达」: ≥)",
      zh: "年度采购量达到门槛（「达」含本数）",
    }
  ),
});

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-05b",
  document: "HZ-HUMANOID",
  numberAsWritten: "五",
  category: "other",
  type: "Q",
  quotes: [
    "人形机器人企业采购、应用非关联企业零部件产品,年度采购量达100万元的,按年度采购量的10%予以奖励,单家企业每年最高奖励500万元。",
  ],
  summary: (c) => ({
    en: `Annual purchases of components from non-affiliated firms of ≥ ${grouped(c.threshold)} yuan earn ${percent(c.rate)} of the annual purchase amount, up to ${grouped(c.cap)} yuan per firm per year.`,
    zh: `采购、应用非关联企业零部件产品，年度采购量达${wan(c.threshold)}的，按年度采购量的${percent(c.rate)}奖励，单家企业每年最高${wan(c.cap)}。`,
  }),
  departments: DEPT.m5,
  fn: HZ_COMPONENT_PURCHASE_AWARD,
  oneTime: { kind: "annual" },
});
