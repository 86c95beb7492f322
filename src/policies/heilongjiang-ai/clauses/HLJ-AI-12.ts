/** HLJ-AI-12: the subsidy for newly recognised national enterprise titles (spec §4.4, §5.2). */
import { upToCapByCode } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, code } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  caps: {
    /** 「国家级单项冠军企业给予单户一次性最高200万元补助」. */
    CHAMPION: 2_000_000,
    /** 「国家级专精特新“小巨人”企业给予单户一次性最高100万元补助」. */
    LITTLE_GIANT: 1_000_000,
  },
};

export const HLJAI_ENTERPRISE_HONOR_SUBSIDY = clauseFunction({
  name: "HLJAI_ENTERPRISE_HONOR_SUBSIDY",
  params: [
    code("honor_type", { en: "Honour", zh: "称号类型" }, [
      {
        value: "CHAMPION",
        aliases: ["国家级单项冠军", "单项冠军", "国家级单项冠军企业", "单项冠军企业"],
      },
      {
        value: "LITTLE_GIANT",
        aliases: [
          "国家级专精特新“小巨人”",
          "小巨人",
          "专精特新小巨人",
          "国家级专精特新“小巨人”企业",
        ],
      },
    ]),
    amount(
      "requested",
      { en: "Amount requested", zh: "申请金额" },
      { optional: true, role: { kind: "request" } }
    ),
  ],
  constants,
  shape: upToCapByCode("honor_type", { requestedParam: "requested" }),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "HLJ-AI-12",
  document: "HLJ-AI",
  numberAsWritten: "四、12",
  category: "other",
  type: "Q",
  quotes: [
    "对人工智能领域新认定的国家级单项冠军企业给予单户一次性最高200万元补助，国家级专精特新“小巨人”企业给予单户一次性最高100万元补助。",
  ],
  summary: (c) => ({
    en: `A newly recognised national single-champion AI enterprise gets a one-time subsidy of up to ${grouped(c.caps.CHAMPION)} yuan, and a national "little giant" up to ${grouped(c.caps.LITTLE_GIANT)} yuan.`,
    zh: `人工智能领域新认定的国家级单项冠军企业单户一次性最高补助${wan(c.caps.CHAMPION)}，国家级专精特新“小巨人”企业单户一次性最高补助${wan(c.caps.LITTLE_GIANT)}。`,
  }),
  departments: "省发展改革委、省工业和信息化厅、省财政厅",
  fn: HLJAI_ENTERPRISE_HONOR_SUBSIDY,
  oneTime: { kind: "code", param: "honor_type" },
});
