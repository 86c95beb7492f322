/** HLJ-ROBOT-02b's prose: every amount read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HLJ_NATIONAL_CENTER_GRANT } from "./HLJ-ROBOT-02b";

export const text = clauseText<typeof HLJ_NATIONAL_CENTER_GRANT>(
  "HLJ_NATIONAL_CENTER_GRANT",
  (c) => ({
    description: {
      en: `Heilongjiang national innovation center grant (HLJ-ROBOT-02b): one-time ${grouped(c.amount)} yuan per newly recognised national emerging-industry innovation center, industrial-technology engineering center or manufacturing innovation center in robotics.`,
      zh: `黑龙江国家级创新中心资助（HLJ-ROBOT-02b）：新认定的智能机器人领域国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，每个一次性资助${wan(c.amount)}。`,
    },
    formula: {
      en: `${grouped(c.amount)} × count for a national emerging-industry, engineering or manufacturing innovation center; 0 for a provincial or ministerial platform. One-time.`,
      zh: `国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心：${wan(c.amount)} × 数量（一次性）；省（部）级平台为0。`,
    },
    params: {
      center_type: {
        en: `Type of center: "EMERGING" (国家新兴产业创新中心), "ENGINEERING" (国家产业技术工程化中心) or "MANUFACTURING" (国家制造业创新中心), ${grouped(c.amount)} each. "PROVINCIAL" (省级, 部级) is accepted and returns 0: provincial/ministerial platforms fall under HLJ-ROBOT-02c, which states no amount.`,
        zh: `中心类型：“EMERGING”（国家新兴产业创新中心）、“ENGINEERING”（国家产业技术工程化中心）或“MANUFACTURING”（国家制造业创新中心），每个${wan(c.amount)}。“PROVINCIAL”（省级、部级）可输入，结果为0：省（部）级创新平台属HLJ-ROBOT-02c，按专项细则支持，本政策未定金额。`,
      },
      count: {
        en: "Number of such centers newly recognised (新认定); default 1.",
        zh: "新认定的此类中心数量，默认1。",
      },
    },
    codes: {
      center_type: {
        EMERGING: {
          en: "National emerging-industry innovation center",
          zh: "国家新兴产业创新中心",
        },
        ENGINEERING: {
          en: "National industrial-technology engineering center",
          zh: "国家产业技术工程化中心",
        },
        MANUFACTURING: { en: "National manufacturing innovation center", zh: "国家制造业创新中心" },
        PROVINCIAL: {
          en: "Provincial or ministerial platform (HLJ-ROBOT-02c, no amount)",
          zh: "省（部）级创新平台（HLJ-ROBOT-02c，未定金额）",
        },
      },
    },
    ambiguities: [
      {
        issue: {
          en: "Only newly recognised centers (新认定) qualify.",
          zh: "仅新认定的中心符合条件。",
        },
        chosen: {
          en: "Assumed: the function computes the grant once recognised.",
          zh: "视为已满足：函数按已获认定计算资助。",
        },
      },
      {
        issue: { en: "Provincial or ministerial platforms.", zh: "省（部）级创新平台。" },
        chosen: {
          en: "Accepted as PROVINCIAL and return 0 (Revision 1): they belong to HLJ-ROBOT-02c, which has no amount.",
          zh: "可按PROVINCIAL输入，结果为0（Revision 1）：此类平台属HLJ-ROBOT-02c，未定金额。",
        },
      },
      {
        issue: {
          en: "Short names such as 制造业创新中心 without 国家.",
          zh: "不带“国家”的简称，如制造业创新中心。",
        },
        chosen: {
          en: "Not accepted as aliases: a provincial center of the same name would otherwise be paid as a national one.",
          zh: "不作为别名接受：否则同名的省级中心会被按国家级中心计算资助。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「给予一次性1000万元资助」 per centre.
    examples: [
      { args: ["MANUFACTURING"], expect: 10_000_000, arithmetic: "10,000,000 × 1" },
      {
        args: ["EMERGING", 2],
        expect: 20_000_000,
        arithmetic: "10,000,000 × 2",
        note: "fixed max per center",
      },
      { args: ["ENGINEERING", 0], expect: 0, arithmetic: "10,000,000 × 0", note: "none" },
      {
        args: ["PROVINCIAL"],
        expect: 0,
        arithmetic: "provincial/ministerial platforms are HLJ-ROBOT-02c, which has no amount",
        note: "not covered",
      },
      { args: ["NATIONALX"], expect: "#VALUE!", arithmetic: "unknown code", note: "bad input" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-02b",
  because: "对新认定的智能机器人领域国家新兴产业创新中心",
};
