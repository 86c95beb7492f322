/** HLJ-AI-11b: AI first-launch / first-show / first-exhibition events (spec §4.4; twin of HLJ-ROBOT-11). */
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

export const HLJAI_LAUNCH_EVENT_SUBSIDY = launchEventSubsidyFunction(
  "HLJAI_LAUNCH_EVENT_SUBSIDY",
  constants
);

export const clause = quantitativeClause({
  id: "HLJ-AI-11b",
  document: "HLJ-AI",
  numberAsWritten: "三、11",
  category: "launch-event",
  type: "Q",
  quotes: ["对符合条件的首发、首秀、首展活动，按照实际发生费用的30%，给予最高30万元补助资金。"],
  summary: (c) => ({
    en: `Identical to HLJ-ROBOT-11, but for AI enterprises: ${percent(c.rate)} of actual costs, up to ${grouped(c.cap)} yuan.`,
    zh: `与HLJ-ROBOT-11相同，适用于人工智能企业：首发、首秀、首展活动按实际发生费用的${percent(c.rate)}补助，最高${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省教育厅、省科技厅、省工业和信息化厅、省商务厅、省财政厅、省数据局",
  fn: HLJAI_LAUNCH_EVENT_SUBSIDY,
  oneTime: { kind: "annual" },
});
