/** HLJ-ROBOT-02a: national key laboratory, first evaluation excellent → one-time grant (spec §4.1). */
import { fixedPerItem } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { code } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「给予一次性1000万元资助」. */
  amount: 10_000_000,
  /** 「首次绩效评价优秀」: the one grade that earns it. */
  covered: ["EXCELLENT"] as const,
};

export const HLJ_KEYLAB_GRANT = clauseFunction({
  name: "HLJ_KEYLAB_GRANT",
  params: [
    code("first_evaluation_grade", { en: "First evaluation grade", zh: "首次绩效评价等次" }, [
      { value: "EXCELLENT", aliases: ["优秀"] },
      { value: "GOOD", aliases: ["良好"] },
      { value: "PASS", aliases: ["合格"] },
      { value: "FAIL", aliases: ["不合格"] },
    ]),
  ],
  constants,
  shape: fixedPerItem({
    codeParam: "first_evaluation_grade",
    label: { en: "One-time grant: first evaluation excellent", zh: "首次绩效评价优秀，一次性资助" },
  }),
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-02a",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（一）2",
  category: "innovation-platform",
  type: "Q",
  quotes: [
    "对我省智能机器人领域牵头建设重组后纳入新序列的全国重点实验室，且首次绩效评价优秀的，给予一次性1000万元资助。",
  ],
  summary: (c) => ({
    en: `A provincially led national key laboratory in robotics, brought into the new series after restructuring, whose first performance evaluation is "excellent", gets a one-time grant of ${grouped(c.amount)} yuan.`,
    zh: `我省牵头建设、重组后纳入新序列的智能机器人领域全国重点实验室，首次绩效评价优秀的，给予一次性${wan(c.amount)}资助。`,
  }),
  departments:
    "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_KEYLAB_GRANT,
  oneTime: { kind: "row" },
});
