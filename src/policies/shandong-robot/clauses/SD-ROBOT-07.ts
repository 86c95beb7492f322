/** SD-ROBOT-07: humanoid-robot whole-machine and core-component enterprises → a one-time award up to a cap by type. */
import { upToCapByCode } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { code } from "../../builders/params";
import { requested } from "../requested";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「对人形机器人整机和核心零部件企业按规定分别给予一次性最高800万元、300万元奖励」. */
  caps: { WHOLE_MACHINE: 8_000_000, CORE_COMPONENT: 3_000_000 },
};

export const SD_HUMANOID_ENTERPRISE_AWARD = clauseFunction({
  name: "SD_HUMANOID_ENTERPRISE_AWARD",
  params: [
    code("enterprise_type", { en: "Enterprise type", zh: "企业类型" }, [
      {
        value: "WHOLE_MACHINE",
        aliases: ["整机", "整机企业"],
      },
      {
        value: "CORE_COMPONENT",
        aliases: ["核心零部件", "核心零部件企业"],
      },
    ]),
    requested("requested"),
  ],
  constants,
  shape: upToCapByCode("enterprise_type"),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-07",
  document: "SD-ROBOT",
  numberAsWritten: "二（二）3",
  category: "industrialization",
  type: "Q",
  quotes: [
    "聚焦培育壮大具身智能机器人等终端产品，对人形机器人整机和核心零部件企业按规定分别给予一次性最高800万元、300万元奖励。",
  ],
  summary: ({ caps: k }) => ({
    en: `Humanoid whole-machine enterprises get a one-time award of up to ${grouped(k.WHOLE_MACHINE)} yuan, and core-component enterprises up to ${grouped(k.CORE_COMPONENT)} yuan.`,
    zh: `人形机器人整机企业、核心零部件企业按规定分别给予一次性最高${wan(k.WHOLE_MACHINE)}、${wan(k.CORE_COMPONENT)}奖励。`,
  }),
  departments: "省发展改革委、省工业和信息化厅、省科技厅、省财政厅",
  fn: SD_HUMANOID_ENTERPRISE_AWARD,
  oneTime: {
    kind: "code",
    param: "enterprise_type",
  },
});
