/** SD-ROBOT-14a: typical robot demonstration scenarios admitted to promotion programs → up to a cap by program. */
import { upToCapByCode } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { code } from "../../builders/params";
import { DEPARTMENTS } from "../departments";
import { requested } from "../requested";
import { clauseFunction } from "../../builders/function";

const constants = {
  /**
   * 「纳入“工赋百景”数字化转型揭榜挂帅试点等项目推广范围，按程序分别给予最高100万元、200万元、200万元奖补」:
   * the three caps in the order the programs are listed (the ambiguity in the text says why).
   */
  caps: { GFBJ: 1_000_000, DIGITAL: 2_000_000, JBGS: 2_000_000 },
};

export const SD_SCENARIO_AWARD = clauseFunction({
  name: "SD_SCENARIO_AWARD",
  params: [
    code("program", { en: "Programme", zh: "场景所属项目" }, [
      {
        value: "GFBJ",
        aliases: ["工赋百景"],
      },
      {
        value: "DIGITAL",
        aliases: ["数字化转型"],
      },
      {
        value: "JBGS",
        aliases: ["揭榜挂帅", "揭榜挂帅试点"],
      },
    ]),
    requested("requested"),
  ],
  constants,
  shape: upToCapByCode("program"),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-14a",
  document: "SD-ROBOT",
  numberAsWritten: "二（四）2",
  category: "scenario",
  type: "Q",
  quotes: [
    "将具有技术水平、创新模式和应用成效的机器人典型示范应用场景纳入“工赋百景”数字化转型揭榜挂帅试点等项目推广范围，按程序分别给予最高100万元、200万元、200万元奖补。",
  ],
  summary: ({ caps: k }) => ({
    en: `Typical robot demonstration scenarios admitted into the promotion programs 「工赋百景」 / digital-transformation / unveil-the-list pilots receive up to ${grouped(k.GFBJ)} / ${grouped(k.DIGITAL)} / ${grouped(k.JBGS)} yuan respectively.`,
    zh: `纳入“工赋百景”、数字化转型、揭榜挂帅试点等项目推广范围的机器人典型示范应用场景，分别最高奖补${wan(k.GFBJ)}、${wan(k.DIGITAL)}、${wan(k.JBGS)}。`,
  }),
  departments: DEPARTMENTS.m14,
  fn: SD_SCENARIO_AWARD,
  oneTime: { kind: "annual" },
});
