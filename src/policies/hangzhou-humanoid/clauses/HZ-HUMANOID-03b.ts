/** HZ-HUMANOID-03b: free office space from the innovation platform, valued at market rent (in kind, Q-K). */
import { cappedProductAtPrice } from "../../../engine/shapes";
import { grouped } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, quantity } from "../../builders/params";
import { DEPT } from "../shared";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「面积不超过1000平方米」, in m². */
  maxArea: 1_000,
  /** 「使用时间不超过3年」 = 36 months. */
  maxMonths: 36,
};

/** Area and months each within the text's limit, valued at the market rent the user enters. */
const freeOfficeValue = cappedProductAtPrice({
  quantities: [
    {
      param: "area_m2",
      label: { en: "Area, within the area limit (m²)", zh: "面积（不超过面积上限）" },
      capKey: "maxArea",
    },
    {
      param: "months",
      label: { en: "Months, within the time limit", zh: "月数（不超过使用期限）" },
      capKey: "maxMonths",
    },
  ],
  productLabel: { en: "m² × months", zh: "面积 × 月数" },
  price: {
    param: "monthly_rent_per_m2",
    label: { en: "× monthly market rent per m²", zh: "× 每平方米月租金" },
  },
});

export const HZ_FREE_OFFICE_VALUE = clauseFunction({
  name: "HZ_FREE_OFFICE_VALUE",
  params: [
    quantity("area_m2", { en: "Free office area", zh: "免费办公面积" }, "m2"),
    quantity("months", { en: "Months of free use", zh: "免费使用月数" }, "months"),
    amount(
      "monthly_rent_per_m2",
      { en: "Monthly rent per m²", zh: "每平方米月租金" },
      {
        role: { kind: "base" },
      }
    ),
  ],
  constants,
  shape: freeOfficeValue,
  inKind: true,
  derivedConstants: { maxMonths: "使用时间不超过3年" },
});

/** The time limit in years, as the text states it (「不超过3年」), from the months the record counts. */
export const maxYears = (c: typeof constants): number => c.maxMonths / 12;

export const clause = quantitativeClause({
  id: "HZ-HUMANOID-03b",
  document: "HZ-HUMANOID",
  numberAsWritten: "三",
  category: "land-space",
  type: "Q-K",
  quotes: [
    "鼓励国有资本平台将楼宇厂房出租或出售给人形机器人企业用于办公生产、创新创业,根据人形机器人创新创业项目的创新能力、市场潜力,可由人形机器人产业创新平台提供使用时间不超过3年、面积不超过1000平方米的免费办公场所。",
  ],
  summary: (c) => ({
    en: `The innovation platform may provide free office space for humanoid start-up projects, for at most ${maxYears(c)} years and at most ${grouped(c.maxArea)} m². This is an in-kind benefit; the function values it at market rent.`,
    zh: `人形机器人产业创新平台可为创新创业项目提供使用时间不超过${maxYears(c)}年、面积不超过${c.maxArea}平方米的免费办公场所。属实物支持，函数按市场租金折算其价值。`,
  }),
  departments: DEPT.m3,
  fn: HZ_FREE_OFFICE_VALUE,
  oneTime: { kind: "row" },
});
