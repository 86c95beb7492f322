/** HLJ-ROBOT-03's prose: the band's ends read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HLJ_KEYTECH_GRANT } from "./HLJ-ROBOT-03";

export const text = clauseText<typeof HLJ_KEYTECH_GRANT>("HLJ_KEYTECH_GRANT", (c) => ({
  description: {
    en: `Heilongjiang key-technology research grant (HLJ-ROBOT-03): ${grouped(c.floor)}–${grouped(c.cap)} yuan for a qualifying provincial key R&D program project; the request is clipped to ${grouped(c.cap)}, and a request below ${grouped(c.floor)} is outside the band (#NUM!).`,
    zh: `黑龙江关键技术攻关资金（HLJ-ROBOT-03）：符合条件的省重点研发计划项目给予${wan(c.floor)}-${wan(c.cap)}科研攻关资金；申请额超过${wan(c.cap)}按${wan(c.cap)}计，低于${wan(c.floor)}不在支持区间内（#NUM!）。`,
  },
  formula: {
    en: `0 → 0; a request in [${grouped(c.floor)}, ${grouped(c.cap)}] as requested; above ${grouped(c.cap)} → ${grouped(c.cap)}; strictly between 0 and ${grouped(c.floor)} → #NUM! (outside the ${wan(c.floor)}-${wan(c.cap)} band).`,
    zh: `申请额为0时为0；${wan(c.floor)}至${wan(c.cap)}之间按申请额；超过${wan(c.cap)}按${wan(c.cap)}；大于0且小于${wan(c.floor)}不在“${wan(c.floor)}-${wan(c.cap)}”区间内，返回#NUM!。`,
  },
  params: {
    requested_amount: {
      en: `Funding requested, or expected from review, for one qualifying provincial key R&D project, in yuan: 0, or between ${grouped(c.floor)} and ${grouped(c.cap)} (more is clipped to ${grouped(c.cap)}).`,
      zh: `单个符合条件的省重点研发计划项目申请或预计评审获得的资金，元：填0，或${wan(c.floor)}至${wan(c.cap)}之间（超过${wan(c.cap)}按${wan(c.cap)}计）。`,
    },
  },
  ambiguities: [
    {
      issue: {
        en: `「500万元-1000万元」: a request below ${grouped(c.floor)}.`,
        zh: `「500万元-1000万元」：申请额低于${wan(c.floor)}。`,
      },
      chosen: {
        en: `Revision 1: the band is the programme's funding range; a request strictly between 0 and ${grouped(c.floor)} is outside it → #NUM! with a message.`,
        zh: `Revision 1：该区间为项目支持额度范围；大于0且小于${wan(c.floor)}的申请额不在区间内，返回#NUM!并附说明。`,
      },
      alternative: {
        en: `Raise the request to the ${grouped(c.floor)} floor (rejected: it creates income nobody applied for).`,
        zh: `将申请额提高至下限${wan(c.floor)}（不采用：会凭空产生无人申请的收入）。`,
      },
    },
    {
      issue: { en: "The amount's link to the project budget.", zh: "资助额与项目预算的关系。" },
      chosen: {
        en: "None: the text does not tie the amount to the budget.",
        zh: "不挂钩：原文未将资助额与预算挂钩。",
      },
    },
  ],
  // Expected values from the policy text: 「给予500万元-1000万元科研攻关资金支持」 (Revision 1: below → #NUM!).
  examples: [
    { args: [7_500_000], expect: 7_500_000, arithmetic: "inside [5,000,000, 10,000,000]" },
    {
      args: [12_000_000],
      expect: 10_000_000,
      arithmetic: "min(12,000,000, 10,000,000)",
      note: "cap",
    },
    {
      args: [3_000_000],
      expect: "#NUM!",
      arithmetic: "0 < 3,000,000 < 5,000,000",
      note: "below the band",
    },
    { args: [5_000_000], expect: 5_000_000, arithmetic: "inside the band", note: "at the floor" },
    { args: [0], expect: 0, arithmetic: "no request" },
  ],
}));

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-03",
  because: "对符合条件的项目给予500万元-1000万元科研攻关资金支持",
};
