/** HLJ-ROBOT-11: first-launch / first-show / first-exhibition events (spec §4.1; twin of HLJ-AI-11b). */
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { launchEventSubsidyFunction } from "../../builders/heilongjiang";

const constants = {
  /** 「按照实际发生费用的30%」. */
  rate: 0.3,
  /** 「给予最高30万元补助资金」. */
  cap: 300_000,
};

export const HLJ_LAUNCH_EVENT_SUBSIDY = launchEventSubsidyFunction(
  "HLJ_LAUNCH_EVENT_SUBSIDY",
  constants
);

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-11",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（三）11",
  category: "launch-event",
  type: "Q",
  quotes: ["对符合条件的首发、首秀、首展活动，按照实际发生费用的30%，给予最高30万元补助资金。"],
  summary: (c) => ({
    en: `Qualifying first-launch / first-show / first-exhibition events receive ${percent(c.rate)} of actual costs, up to ${grouped(c.cap)} yuan.`,
    zh: `符合条件的首发、首秀、首展活动，按实际发生费用的${percent(c.rate)}给予补助，最高${wan(c.cap)}。`,
  }),
  departments: "省商务厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_LAUNCH_EVENT_SUBSIDY,
  oneTime: { kind: "annual" },
});
