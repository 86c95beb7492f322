/** HLJ-ROBOT-02a's prose: every amount read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HLJ_KEYLAB_GRANT } from "./HLJ-ROBOT-02a";

export const text = clauseText<typeof HLJ_KEYLAB_GRANT>("HLJ_KEYLAB_GRANT", (c) => ({
  description: {
    en: `Heilongjiang national key laboratory grant (HLJ-ROBOT-02a): one-time ${grouped(c.amount)} yuan for a province-led robotics national key laboratory in the new series whose first performance evaluation is excellent.`,
    zh: `黑龙江全国重点实验室资助（HLJ-ROBOT-02a）：我省牵头建设、重组后纳入新序列的智能机器人领域全国重点实验室，首次绩效评价优秀的，一次性资助${wan(c.amount)}。`,
  },
  formula: {
    en: `${grouped(c.amount)} if the first performance evaluation is EXCELLENT (优秀); 0 for any other grade. One-time.`,
    zh: `首次绩效评价为“优秀”的，一次性资助${wan(c.amount)}；其他等次为0。`,
  },
  params: {
    first_evaluation_grade: {
      en: 'Grade of the lab\'s first performance evaluation after it entered the new series: "EXCELLENT"/"优秀", "GOOD"/"良好", "PASS"/"合格" or "FAIL"/"不合格". Only EXCELLENT earns the grant; map other grade labels onto these.',
      zh: "实验室纳入新序列后首次绩效评价等次：“EXCELLENT”/“优秀”、“GOOD”/“良好”、“PASS”/“合格”或“FAIL”/“不合格”。仅“优秀”可获资助；其他等次名称请对应到上述之一。",
    },
  },
  codes: {
    first_evaluation_grade: {
      EXCELLENT: { en: "Excellent", zh: "优秀" },
      GOOD: { en: "Good", zh: "良好" },
      PASS: { en: "Pass", zh: "合格" },
      FAIL: { en: "Fail", zh: "不合格" },
    },
  },
  ambiguities: [
    {
      issue: {
        en: "The grade vocabulary of national key-lab evaluations varies.",
        zh: "全国重点实验室绩效评价的等次名称不统一。",
      },
      chosen: {
        en: "EXCELLENT / GOOD / PASS / FAIL (优秀 / 良好 / 合格 / 不合格) are the accepted set; other labels are mapped onto them by the user.",
        zh: "可输入EXCELLENT / GOOD / PASS / FAIL（优秀 / 良好 / 合格 / 不合格）；其他等次名称由用户对应到上述之一。",
      },
    },
    {
      issue: { en: "Which evaluation counts.", zh: "以哪一次评价为准。" },
      chosen: {
        en: "Only the first evaluation (首次绩效评价): a later 优秀 does not qualify; the grant is one-time.",
        zh: "仅以首次绩效评价为准：此后才评为优秀的不符合条件；资助为一次性。",
      },
    },
    {
      issue: { en: "Who receives it.", zh: "资助对象。" },
      chosen: { en: "The Heilongjiang lead unit (牵头建设).", zh: "我省牵头建设单位。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「给予一次性1000万元资助」.
  examples: [
    { args: ["EXCELLENT"], expect: 10_000_000, arithmetic: "fixed award 1000万元 = 10,000,000" },
    {
      args: ["优秀"],
      expect: 10_000_000,
      arithmetic: "fixed award, which is also the maximum",
      note: "cap = fixed amount",
    },
    { args: ["GOOD"], expect: 0, arithmetic: "grade is not 优秀", note: "condition not met" },
    { args: ["EXCELENT"], expect: "#VALUE!", arithmetic: "unknown code", note: "bad input" },
  ],
}));

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-02a",
  because: "给予一次性1000万元资助",
};
