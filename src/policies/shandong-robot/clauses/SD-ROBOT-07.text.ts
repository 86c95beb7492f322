/** SD-ROBOT-07's prose: both caps read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft, requestedHelp } from "../prose.text";
import type { SD_HUMANOID_ENTERPRISE_AWARD } from "./SD-ROBOT-07";

export const text = clauseText<typeof SD_HUMANOID_ENTERPRISE_AWARD>(
  "SD_HUMANOID_ENTERPRISE_AWARD",
  ({ caps: k }) => ({
    description: draft({
      en: `Shandong one-time award for humanoid-robot enterprises (SD-ROBOT-07): up to ${grouped(k.WHOLE_MACHINE)} yuan for whole-machine makers, up to ${grouped(k.CORE_COMPONENT)} yuan for core-component makers.`,
      zh: `山东人形机器人企业一次性奖励（SD-ROBOT-07）：整机企业最高${wan(k.WHOLE_MACHINE)}，核心零部件企业最高${wan(k.CORE_COMPONENT)}。`,
    }),
    formula: {
      en: `min(requested, cap of the type): ${grouped(k.WHOLE_MACHINE)} whole machine, ${grouped(k.CORE_COMPONENT)} core component. One-time.`,
      zh: `min(申请金额, 该类型上限)：整机${wan(k.WHOLE_MACHINE)}，核心零部件${wan(k.CORE_COMPONENT)}。一次性。`,
    },
    params: {
      enterprise_type: {
        en: `Type of humanoid-robot enterprise: "WHOLE_MACHINE"/整机 (cap ${grouped(k.WHOLE_MACHINE)}) or "CORE_COMPONENT"/核心零部件 (cap ${grouped(k.CORE_COMPONENT)}).`,
        zh: `人形机器人企业类型：“WHOLE_MACHINE”/整机（上限${wan(k.WHOLE_MACHINE)}）或“CORE_COMPONENT”/核心零部件（上限${wan(k.CORE_COMPONENT)}）。`,
      },
      requested: requestedHelp(
        { en: "the enterprise under the (unpublished) rules", zh: "企业按（尚未公布的）规定" },
        { en: "the type's cap", zh: "该类型上限" }
      ),
    },
    codes: {
      enterprise_type: {
        WHOLE_MACHINE: {
          en: `Whole-machine enterprise (up to ${grouped(k.WHOLE_MACHINE)})`,
          zh: `整机企业（最高${wan(k.WHOLE_MACHINE)}）`,
        },
        CORE_COMPONENT: {
          en: `Core-component enterprise (up to ${grouped(k.CORE_COMPONENT)})`,
          zh: `核心零部件企业（最高${wan(k.CORE_COMPONENT)}）`,
        },
      },
    },
    ambiguities: [
      {
        issue: {
          en: "The award criteria (「按规定」) are not in the draft.",
          zh: "征求意见稿未载明奖励标准（「按规定」）。",
        },
        chosen: {
          en: "requested, defaulting to the cap (a maximum).",
          zh: "按requested（申请金额）计，默认取上限（即最高额）。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「分别给予一次性最高800万元、300万元奖励」.
    examples: [
      { args: ["WHOLE_MACHINE"], expect: 8_000_000, arithmetic: "default = cap 8,000,000" },
      {
        args: ["CORE_COMPONENT", 4_000_000],
        expect: 3_000_000,
        arithmetic: "4,000,000 → cap 3,000,000",
        note: "cap",
      },
      {
        args: ["核心零部件", 1_200_000],
        expect: 1_200_000,
        arithmetic: "1,200,000 below the 3,000,000 cap",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "SD-ROBOT-07",
  context: [
    "充分利用“两重”“两新”政策，鼓励企业新建和改扩建项目，指导企业用好设备购置补贴、技改专项贷、股权投资等政策，加大新产品研发生产力度，提升产业发展后劲。",
  ],
  because: "分别给予一次性最高800万元、300万元奖励",
};
