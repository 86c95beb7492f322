/** HLJ-ROBOT-11's prose: the shared launch-event text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { launchEventSubsidyText } from "../../builders/heilongjiang.text";
import type { HLJ_LAUNCH_EVENT_SUBSIDY } from "./HLJ-ROBOT-11";

export const text = clauseText<typeof HLJ_LAUNCH_EVENT_SUBSIDY>("HLJ_LAUNCH_EVENT_SUBSIDY", (c) =>
  launchEventSubsidyText(c, {
    description: {
      en: `Heilongjiang robot launch-event subsidy (HLJ-ROBOT-11): ${percent(c.rate)} of actual costs of a qualifying first-launch / first-show / first-exhibition event, up to ${grouped(c.cap)} yuan per event.`,
      zh: `黑龙江智能机器人首发活动补助（HLJ-ROBOT-11）：符合条件的首发、首秀、首展活动，按实际发生费用的${percent(c.rate)}给予补助，每场最高${wan(c.cap)}。`,
    },
    // Expected values from 「按照实际发生费用的30%，给予最高30万元补助资金」.
    examples: [
      { args: [400_000], expect: 120_000, arithmetic: "400,000 × 0.30" },
      { args: [1_500_000], expect: 300_000, arithmetic: "450,000 → cap", note: "cap" },
      { args: [0], expect: 0, arithmetic: "–" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-11",
  because: "按照实际发生费用的30%",
};
