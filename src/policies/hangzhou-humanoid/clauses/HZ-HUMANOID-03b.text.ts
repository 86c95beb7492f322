/** HZ-HUMANOID-03b's prose: the area and time limits read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { HZ_FREE_OFFICE_VALUE, maxYears } from "./HZ-HUMANOID-03b";

export const text = clauseText<typeof HZ_FREE_OFFICE_VALUE>("HZ_FREE_OFFICE_VALUE", (c) => ({
  description: {
    en: `Imputed value of free office space from the Hangzhou humanoid innovation platform (HZ-HUMANOID-03b): at most ${grouped(c.maxArea)} m² for at most ${maxYears(c)} years, valued at the market rent you enter. In kind, not a cash grant.`,
    zh: `杭州人形机器人产业创新平台提供免费办公场所的折算价值（HZ-HUMANOID-03b）：面积不超过${c.maxArea}平方米、使用时间不超过${maxYears(c)}年，按所填市场租金折算。属实物支持，不是现金补助。`,
  },
  formula: {
    en: `min(area, ${grouped(c.maxArea)} m²) × min(months, ${c.maxMonths}) × monthly rent per m². An imputed value for modelling, not a cash grant.`,
    zh: `min(面积, ${c.maxArea}平方米) × min(月数, ${c.maxMonths}) × 每平方米月租金。为建模用的折算价值，不是现金补助。`,
  },
  params: {
    area_m2: {
      en: `Free office area provided, in m². Areas above ${grouped(c.maxArea)} m² count as ${grouped(c.maxArea)} (「面积不超过1000平方米」).`,
      zh: `提供的免费办公面积，平方米。超过${c.maxArea}平方米的按${c.maxArea}平方米计（「面积不超过1000平方米」）。`,
    },
    months: {
      en: `Duration of the free use, in months. More than ${c.maxMonths} months counts as ${c.maxMonths} (「使用时间不超过3年」).`,
      zh: `免费使用时长，月。超过${c.maxMonths}个月的按${c.maxMonths}个月计（「使用时间不超过3年」）。`,
    },
    monthly_rent_per_m2: {
      en: "Market rent used to value the benefit, in yuan per m² per month. For a daily quote, multiply yuan/m²/day by 365 ÷ 12.",
      zh: "用于折算的市场租金，元/平方米/月。若为日租金，按元/平方米/天 × 365 ÷ 12换算。",
    },
  },
  ambiguities: [
    {
      issue: {
        en: "The benefit is discretionary (「可由人形机器人产业创新平台提供」) and in kind.",
        zh: "该支持并非必然给予（「可由人形机器人产业创新平台提供」），且为实物支持。",
      },
      chosen: {
        en: "Valued at the user's market rent; STACK counts it as 0 and scenario sheets show it apart.",
        zh: "按所填市场租金折算；STACK按0计入，情景测算表单独列示。",
      },
      alternative: { en: "Not modelled.", zh: "不纳入测算。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「不超过3年、面积不超过1000平方米」.
  examples: [
    { args: [500, 24, 60], expect: 720_000, arithmetic: "500 × 24 × 60 = 720,000" },
    {
      args: [1_500, 48, 80],
      expect: 2_880_000,
      arithmetic: "min(1,500, 1,000) × min(48, 36) × 80 = 1,000 × 36 × 80 = 2,880,000",
      note: "caps",
    },
    { args: [0, 24, 60], expect: 0, arithmetic: "0 area → 0" },
  ],
}));

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-03b",
  because: "使用时间不超过3年、面积不超过1000平方米的免费办公场所",
};
