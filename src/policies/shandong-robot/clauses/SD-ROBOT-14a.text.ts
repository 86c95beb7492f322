/** SD-ROBOT-14a's prose: every program's cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import type { Ambiguity } from "../../../catalog/types";
import type { CapsByCodeConstants } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft, requestedHelp } from "../prose.text";
import type { SD_SCENARIO_AWARD } from "./SD-ROBOT-14a";

type Caps = CapsByCodeConstants["caps"];

/**
 * Which program a scenario belongs to is unclear in the text; whether that matters depends on whether the
 * 2nd and 3rd caps are equal, so the sentence is chosen by the constants rather than asserted.
 */
function programBoundaries(k: Caps): Ambiguity {
  const equal = k.DIGITAL === k.JBGS;
  return {
    issue: {
      en: `「“工赋百景”数字化转型揭榜挂帅试点等」 against three caps (${grouped(k.GFBJ)} / ${grouped(k.DIGITAL)} / ${grouped(k.JBGS)}): the program boundaries are unclear.`,
      zh: `「“工赋百景”数字化转型揭榜挂帅试点等」对应三档上限（${wan(k.GFBJ)}/${wan(k.DIGITAL)}/${wan(k.JBGS)}），各项目的边界不清。`,
    },
    chosen: {
      en: `Listing order: 工赋百景 → ${grouped(k.GFBJ)}; 数字化转型 → ${grouped(k.DIGITAL)}; 揭榜挂帅试点 → ${grouped(k.JBGS)}. ${
        equal
          ? "The 2nd and 3rd caps are equal, so only 工赋百景 versus the rest matters."
          : "The 2nd and 3rd caps differ, so which program a scenario belongs to matters."
      }`,
      zh: `按列举顺序：工赋百景 → ${wan(k.GFBJ)}；数字化转型 → ${wan(k.DIGITAL)}；揭榜挂帅试点 → ${wan(k.JBGS)}。${
        equal
          ? "第二、三档上限相同，只需区分工赋百景与其他项目。"
          : "第二、三档上限不同，场景归属哪一项目会影响结果。"
      }`,
    },
    alternative: equal
      ? {
          en: `「数字化转型揭榜挂帅试点」 is one program and the third is the unnamed 「等」: still ${grouped(k.DIGITAL)} for every non-工赋百景 program.`,
          zh: `「数字化转型揭榜挂帅试点」为一个项目，第三项为未列名的「等」：工赋百景以外的项目仍均为${wan(k.DIGITAL)}。`,
        }
      : {
          en: `「数字化转型揭榜挂帅试点」 is one program (${grouped(k.DIGITAL)}) and the third (${grouped(k.JBGS)}) is the unnamed 「等」.`,
          zh: `「数字化转型揭榜挂帅试点」为一个项目（${wan(k.DIGITAL)}），第三项（${wan(k.JBGS)}）为未列名的「等」。`,
        },
  };
}

export const text = clauseText<typeof SD_SCENARIO_AWARD>("SD_SCENARIO_AWARD", ({ caps: k }) => ({
  description: draft({
    en: `Shandong award for typical robot demonstration scenarios admitted to promotion programs (SD-ROBOT-14a): up to ${grouped(k.GFBJ)} (工赋百景) / ${grouped(k.DIGITAL)} (digital transformation) / ${grouped(k.JBGS)} (揭榜挂帅 pilots) yuan.`,
    zh: `山东机器人典型示范应用场景奖补（SD-ROBOT-14a）：纳入“工赋百景”、数字化转型、揭榜挂帅试点等项目推广范围的，分别最高${wan(k.GFBJ)}、${wan(k.DIGITAL)}、${wan(k.JBGS)}。`,
  }),
  formula: {
    en: `min(requested, cap of the program): ${grouped(k.GFBJ)} 工赋百景, ${grouped(k.DIGITAL)} digital transformation, ${grouped(k.JBGS)} 揭榜挂帅 pilot.`,
    zh: `min(申请金额, 该项目上限)：工赋百景${wan(k.GFBJ)}，数字化转型${wan(k.DIGITAL)}，揭榜挂帅试点${wan(k.JBGS)}。`,
  },
  params: {
    program: {
      en: `Program the scenario was admitted to: "GFBJ"/工赋百景 (cap ${grouped(k.GFBJ)}), "DIGITAL"/数字化转型 (cap ${grouped(k.DIGITAL)}) or "JBGS"/揭榜挂帅 (cap ${grouped(k.JBGS)}), mapped in the order the text lists them.`,
      zh: `场景纳入的项目：“GFBJ”/工赋百景（上限${wan(k.GFBJ)}）、“DIGITAL”/数字化转型（上限${wan(k.DIGITAL)}）、“JBGS”/揭榜挂帅（上限${wan(k.JBGS)}），按原文列举顺序对应。`,
    },
    requested: requestedHelp(
      { en: "the scenario", zh: "该场景" },
      { en: "the program's cap", zh: "该项目上限" }
    ),
  },
  codes: {
    program: {
      GFBJ: {
        en: `「工赋百景」 (up to ${grouped(k.GFBJ)})`,
        zh: `工赋百景（最高${wan(k.GFBJ)}）`,
      },
      DIGITAL: {
        en: `Digital transformation (up to ${grouped(k.DIGITAL)})`,
        zh: `数字化转型（最高${wan(k.DIGITAL)}）`,
      },
      JBGS: {
        en: `Unveil-the-list pilot (up to ${grouped(k.JBGS)})`,
        zh: `揭榜挂帅试点（最高${wan(k.JBGS)}）`,
      },
    },
  },
  ambiguities: [programBoundaries(k)],
  // Expected values from the policy text, never from the code: 「分别给予最高100万元、200万元、200万元」.
  examples: [
    { args: ["GFBJ"], expect: 1_000_000, arithmetic: "default = cap 1,000,000" },
    {
      args: ["DIGITAL", 2_500_000],
      expect: 2_000_000,
      arithmetic: "2,500,000 → cap 2,000,000",
      note: "cap",
    },
    { args: ["JBGS", 800_000], expect: 800_000, arithmetic: "800,000 below the 2,000,000 cap" },
    {
      args: ["工赋百景", 1_600_000],
      expect: 1_000_000,
      arithmetic: "1,600,000 → cap 1,000,000",
      note: "cap",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-14a",
  because: "按程序分别给予最高100万元、200万元、200万元奖补",
};
