/** SD-ROBOT-04: leading the drafting or revision of a standard → up to a cap per standard by level. */
import { upToCapByCode } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { code, count } from "../../builders/params";
import { requested } from "../requested";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「国际标准、国家标准和地方标准，分别每项给予最高40万元、20万元和10万元奖补」; other levels are not covered. */
  caps: { INTERNATIONAL: 400_000, NATIONAL: 200_000, LOCAL: 100_000 },
};

export const SD_STANDARD_AWARD = clauseFunction({
  name: "SD_STANDARD_AWARD",
  params: [
    code("level", { en: "Standard level", zh: "标准层级" }, [
      {
        value: "INTERNATIONAL",
        aliases: ["国际", "国际标准"],
      },
      {
        value: "NATIONAL",
        aliases: ["国家", "国家标准"],
      },
      {
        value: "LOCAL",
        aliases: ["地方", "地方标准"],
      },
      {
        value: "INDUSTRY",
        aliases: ["行业", "行业标准"],
      },
      {
        value: "GROUP",
        aliases: ["团体", "团体标准"],
      },
    ]),
    count("count", { en: "Number of standards", zh: "标准项数" }, { default: 1 }),
    requested("requested_per_item"),
  ],
  constants,
  shape: upToCapByCode("level", { requestedParam: "requested_per_item", countParam: "count" }),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-04",
  document: "SD-ROBOT",
  numberAsWritten: "二（一）4",
  category: "standards",
  type: "Q",
  quotes: [
    "对主导制修订高水平国际标准、国家标准和地方标准，分别每项给予最高40万元、20万元和10万元奖补。",
  ],
  summary: ({ caps: k }) => ({
    en: `Leading the drafting or revision of an international / national / local standard earns up to ${grouped(k.INTERNATIONAL)} / ${grouped(k.NATIONAL)} / ${grouped(k.LOCAL)} yuan per standard.`,
    zh: `主导制修订高水平国际标准、国家标准、地方标准的，每项分别最高奖补${wan(k.INTERNATIONAL)}、${wan(k.NATIONAL)}、${wan(k.LOCAL)}。`,
  }),
  departments: "省市场监管局、省工业和信息化厅",
  fn: SD_STANDARD_AWARD,
  oneTime: {
    kind: "units",
    param: "count",
  },
});
