/** HLJ-ROBOT-02b: newly recognised national innovation centres → one-time grant each (spec §4.1). */
import { fixedPerItem } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { code, count } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「给予一次性1000万元资助」, per centre. */
  amount: 10_000_000,
  /** 「国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心」: the three national types. */
  covered: ["EMERGING", "ENGINEERING", "MANUFACTURING"] as const,
};

export const HLJ_NATIONAL_CENTER_GRANT = clauseFunction({
  name: "HLJ_NATIONAL_CENTER_GRANT",
  params: [
    code("center_type", { en: "Centre type", zh: "中心类型" }, [
      {
        value: "EMERGING",
        aliases: ["国家新兴产业创新中心"],
      },
      {
        value: "ENGINEERING",
        aliases: ["国家产业技术工程化中心"],
      },
      {
        value: "MANUFACTURING",
        aliases: ["国家制造业创新中心"],
      },
      {
        value: "PROVINCIAL",
        aliases: ["省级", "部级", "省（部）级"],
      },
    ]),
    count("count", { en: "Number of centres", zh: "新认定中心数量" }, { default: 1 }),
  ],
  constants,
  shape: fixedPerItem({
    codeParam: "center_type",
    countParam: "count",
    label: { en: "One-time grant per national center", zh: "每个国家级中心一次性资助" },
  }),
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-02b",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（一）2",
  category: "innovation-platform",
  type: "Q",
  quotes: [
    "对新认定的智能机器人领域国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，给予一次性1000万元资助。",
  ],
  summary: (c) => ({
    en: `Each newly recognised national emerging-industry innovation center, national industrial-technology engineering center or national manufacturing innovation center in robotics gets a one-time grant of ${grouped(c.amount)} yuan.`,
    zh: `新认定的智能机器人领域国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，每个给予一次性${wan(c.amount)}资助。`,
  }),
  departments:
    "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_NATIONAL_CENTER_GRANT,
  oneTime: {
    kind: "units",
    param: "count",
  },
});
