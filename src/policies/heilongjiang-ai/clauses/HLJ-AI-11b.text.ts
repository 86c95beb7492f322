/** HLJ-AI-11b's prose: the shared launch-event text, with this clause's wording and examples. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { launchEventSubsidyText } from "../../builders/heilongjiang.text";
import type { HLJAI_LAUNCH_EVENT_SUBSIDY } from "./HLJ-AI-11b";

export const text = clauseText<typeof HLJAI_LAUNCH_EVENT_SUBSIDY>(
  "HLJAI_LAUNCH_EVENT_SUBSIDY",
  (c) =>
    launchEventSubsidyText(c, {
      description: {
        en: `Heilongjiang AI launch-event subsidy (HLJ-AI-11b): ${percent(c.rate)} of actual costs of a qualifying first-launch / first-show / first-exhibition event, up to ${grouped(c.cap)} yuan per event.`,
        zh: `黑龙江人工智能首发活动补助（HLJ-AI-11b）：符合条件的首发、首秀、首展活动，按实际发生费用的${percent(c.rate)}给予补助，每场最高${wan(c.cap)}。`,
      },
      // Expected values from 「按照实际发生费用的30%，给予最高30万元补助资金」.
      examples: [
        { args: [200_000], expect: 60_000, arithmetic: "× 0.30" },
        { args: [2_000_000], expect: 300_000, arithmetic: "600,000 → cap", note: "cap" },
        { args: [0], expect: 0, arithmetic: "–" },
      ],
    })
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-11b",
  because: "按照实际发生费用的30%",
};
