/** SD-ROBOT-08's prose: the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft, requestedHelp } from "../prose.text";
import type { SD_ACCEL_PARK_AWARD } from "./SD-ROBOT-08";

export const text = clauseText<typeof SD_ACCEL_PARK_AWARD>("SD_ACCEL_PARK_AWARD", (c) => ({
  description: draft({
    en: `Shandong award for a recognised future-industry acceleration park (SD-ROBOT-08): up to ${grouped(c.cap)} yuan per park. The beneficiary is the park (operator), not a robot enterprise.`,
    zh: `山东认定的未来产业加速园奖补（SD-ROBOT-08）：每个加速园最高${wan(c.cap)}。受益方为加速园（运营方），而非机器人企业。`,
  }),
  formula: {
    en: `min(requested, ${grouped(c.cap)}); requested defaults to ${grouped(c.cap)}.`,
    zh: `min(申请金额, ${wan(c.cap)})；申请金额默认${wan(c.cap)}。`,
  },
  params: {
    requested: requestedHelp(
      { en: "the park", zh: "加速园" },
      { en: grouped(c.cap), zh: wan(c.cap) }
    ),
  },
  ambiguities: [
    {
      issue: { en: "Who receives the award.", zh: "奖补的受益方。" },
      chosen: {
        en: "The recognised acceleration park (its operator).",
        zh: "认定的加速园（其运营方）。",
      },
    },
    {
      issue: {
        en: "Equity support for quality projects in the parks (省新旧动能转换基金).",
        zh: "对园内优质项目的股权投资支持（省新旧动能转换基金）。",
      },
      chosen: { en: "Market-based investment: not modelled.", zh: "属市场化投资，不纳入计算。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「最高600万元」.
  examples: [
    { args: [], expect: 6_000_000, arithmetic: "default = cap 6,000,000" },
    { args: [4_500_000], expect: 4_500_000, arithmetic: "4,500,000 below the cap" },
    { args: [9_000_000], expect: 6_000_000, arithmetic: "9,000,000 → cap 6,000,000", note: "cap" },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-08",
  because: "对认定的加速园按规定给予最高600万元奖补支持",
};
